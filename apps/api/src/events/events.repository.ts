import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { EventRoleEntity } from '../access/event-role.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { EventEntity } from './event.entity.js';

@Injectable()
export class EventsRepository {
  constructor(@InjectRepository(EventEntity) private readonly events: Repository<EventEntity>) {}

  findPublicPage(limit: number, offset: number): Promise<[EventEntity[], number]> {
    return this.events.findAndCount({
      where: { isPublic: true },
      order: { hackingStartsAt: 'DESC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
  }

  /** Public events whose results are not published or were published since `since`: the ones mail may be due for. */
  findForMail(since: Date): Promise<EventEntity[]> {
    return this.events
      .createQueryBuilder('event')
      .where('event.is_public = :public', { public: true })
      .andWhere('(event.results_published_at IS NULL OR event.results_published_at >= :since)', { since })
      .getMany();
  }

  slugExists(manager: EntityManager, slug: string): Promise<boolean> {
    return manager.exists(EventEntity, { where: { slug } });
  }

  insert(manager: EntityManager, event: Partial<EventEntity>): Promise<EventEntity> {
    return manager.save(EventEntity, manager.create(EventEntity, event));
  }

  async update(manager: EntityManager, id: string, changes: Partial<EventEntity>): Promise<EventEntity> {
    await manager.update(EventEntity, { id }, changes);
    return manager.findOneOrFail(EventEntity, { where: { id } });
  }

  isOrganizerAnywhere(userId: string): Promise<boolean> {
    return this.events.manager.exists(EventRoleEntity, { where: { userId, role: 'organizer' } });
  }

  members(eventId: string) {
    return this.events.manager
      .createQueryBuilder(EventRoleEntity, 'role')
      .innerJoinAndMapOne('role.user', UserEntity, 'user', 'user.id = role.user_id')
      .where('role.event_id = :eventId', { eventId })
      .orderBy('role.created_at', 'ASC')
      .addOrderBy('role.id', 'ASC')
      .getMany() as Promise<(EventRoleEntity & { user: UserEntity })[]>;
  }

  countOrganizers(manager: EntityManager, eventId: string): Promise<number> {
    return manager.count(EventRoleEntity, { where: { eventId, role: 'organizer' } });
  }
}
