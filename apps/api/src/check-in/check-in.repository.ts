import { TICKET_ROLES } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { EventRoleEntity } from '../access/event-role.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { CheckInEntity } from './check-in.entity.js';

export interface TicketHolder {
  userId: string;
  displayName: string;
  roles: (typeof TICKET_ROLES)[number][];
  checkedInAt: Date | null;
}

interface HolderRow {
  userId: string;
  displayName: string;
  role: (typeof TICKET_ROLES)[number];
  checkedInAt: Date | string | null;
}

@Injectable()
export class CheckInRepository {
  constructor(@InjectRepository(CheckInEntity) private readonly checkIns: Repository<CheckInEntity>) {}

  /**
   * The event's ticket holders (participants, jurors, mentors), by name; `userIds` narrows to those.
   * A read-only join over roles and accounts: the door searches thousands of people by name in one
   * query, which the access and users services have no call for.
   */
  async holders(eventId: string, filter: { userIds?: string[]; name?: string } = {}): Promise<TicketHolder[]> {
    const query = this.checkIns.manager
      .createQueryBuilder(EventRoleEntity, 'role')
      .innerJoin(UserEntity, 'user', 'user.id = role.user_id AND user.erased_at IS NULL')
      .leftJoin(CheckInEntity, 'checkIn', 'checkIn.event_id = role.event_id AND checkIn.user_id = role.user_id')
      .select('role.user_id', 'userId')
      .addSelect('user.display_name', 'displayName')
      .addSelect('role.role', 'role')
      .addSelect('checkIn.created_at', 'checkedInAt')
      .where('role.event_id = :eventId', { eventId })
      .andWhere('role.role IN (:...roles)', { roles: [...TICKET_ROLES] })
      .orderBy('LOWER(user.display_name)', 'ASC')
      .addOrderBy('role.user_id', 'ASC');
    if (filter.userIds) {
      if (filter.userIds.length === 0) return [];
      query.andWhere('role.user_id IN (:...userIds)', { userIds: filter.userIds });
    }
    if (filter.name) {
      const pattern = `%${filter.name.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere("LOWER(user.display_name) LIKE :pattern ESCAPE '\\'", { pattern });
    }
    const rows = await query.getRawMany<HolderRow>();
    const byUser = new Map<string, TicketHolder>();
    for (const row of rows) {
      const holder = byUser.get(row.userId) ?? {
        userId: row.userId,
        displayName: row.displayName,
        roles: [],
        checkedInAt: row.checkedInAt === null ? null : storedTime(row.checkedInAt),
      };
      holder.roles.push(row.role);
      byUser.set(row.userId, holder);
    }
    return [...byUser.values()];
  }

  /** The ids of every ticket holder of the event, for matching a code. */
  async holderIds(eventId: string): Promise<string[]> {
    const rows = await this.checkIns.manager
      .createQueryBuilder(EventRoleEntity, 'role')
      .innerJoin(UserEntity, 'user', 'user.id = role.user_id AND user.erased_at IS NULL')
      .select('DISTINCT role.user_id', 'userId')
      .where('role.event_id = :eventId', { eventId })
      .andWhere('role.role IN (:...roles)', { roles: [...TICKET_ROLES] })
      .getRawMany<{ userId: string }>();
    return rows.map((row) => row.userId);
  }

  find(eventId: string, userId: string): Promise<CheckInEntity | null> {
    return this.checkIns.findOneBy({ eventId, userId });
  }

  insert(manager: EntityManager, row: Partial<CheckInEntity>): Promise<CheckInEntity> {
    return manager.save(CheckInEntity, manager.create(CheckInEntity, row));
  }

  async counts(eventId: string): Promise<{ checkedIn: number; registered: number }> {
    const registered = (await this.holderIds(eventId)).length;
    const checkedIn = await this.checkIns.manager
      .createQueryBuilder(CheckInEntity, 'checkIn')
      .innerJoin(
        EventRoleEntity,
        'role',
        'role.event_id = checkIn.event_id AND role.user_id = checkIn.user_id AND role.role IN (:...roles)',
        { roles: [...TICKET_ROLES] },
      )
      .select('COUNT(DISTINCT checkIn.user_id)', 'count')
      .where('checkIn.event_id = :eventId', { eventId })
      .getRawOne<{ count: string | number }>();
    return { checkedIn: Number(checkedIn?.count ?? 0), registered };
  }
}

/** A time selected raw: PostgreSQL gives a Date, SQLite the stored UTC text without a zone (not local time). */
function storedTime(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/(Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
