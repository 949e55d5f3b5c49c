import { EVENT_SLUG, type EventRole, type MembershipDto } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { EventEntity } from '../events/event.entity.js';
import { EventRoleEntity } from './event-role.entity.js';

@Injectable()
export class AccessRepository {
  constructor(
    @InjectRepository(EventRoleEntity) private readonly roles: Repository<EventRoleEntity>,
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
  ) {}

  /** By id or slug; anything that can be neither (say, with a NUL the database would refuse) is no event. */
  async findEvent(idOrSlug: string): Promise<EventEntity | null> {
    const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
    if (!byId && !EVENT_SLUG.test(idOrSlug)) return null;
    return this.events.findOne({ where: byId ? { id: idOrSlug.toLowerCase() } : { slug: idOrSlug } });
  }

  rolesOf(eventId: string, userId: string): Promise<EventRoleEntity[]> {
    return this.roles.find({ where: { eventId, userId } });
  }

  listForEvent(eventId: string): Promise<EventRoleEntity[]> {
    return this.roles.find({ where: { eventId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findInEvent(eventId: string, id: string): Promise<EventRoleEntity | null> {
    return this.roles.findOne({ where: { eventId, id } });
  }

  async membershipsOf(userId: string): Promise<MembershipDto[]> {
    const rows = await this.roles
      .createQueryBuilder('role')
      .innerJoin(EventEntity, 'event', 'event.id = role.event_id')
      .select([
        'role.event_id AS "eventId"',
        'event.slug AS "eventSlug"',
        'event.name AS "eventName"',
        'role.role AS "role"',
        'role.organization_id AS "organizationId"',
      ])
      .where('role.user_id = :userId', { userId })
      .orderBy('event.hacking_starts_at', 'DESC')
      .addOrderBy('role.role', 'ASC')
      .getRawMany<MembershipDto>();
    return rows.map((row) => ({ ...row, organizationId: row.organizationId ?? null }));
  }

  /** Adds the role unless the user already has it; returns the role either way. */
  async grant(
    manager: EntityManager,
    grant: { eventId: string; userId: string; role: EventRole; organizationId: string | null },
  ): Promise<EventRoleEntity> {
    const existing = await manager.findOne(EventRoleEntity, {
      where: { eventId: grant.eventId, userId: grant.userId, role: grant.role },
    });
    if (existing) return existing;
    return manager.save(EventRoleEntity, manager.create(EventRoleEntity, grant));
  }

  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(EventRoleEntity, { id });
  }
}
