import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { ScheduleSessionEntity } from './schedule-session.entity.js';

@Injectable()
export class ScheduleRepository {
  constructor(@InjectRepository(ScheduleSessionEntity) private readonly sessions: Repository<ScheduleSessionEntity>) {}

  /** The event's sessions by start; `membersToo` adds those only members may see. */
  list(eventId: string, membersToo: boolean): Promise<ScheduleSessionEntity[]> {
    const query = this.sessions
      .createQueryBuilder('session')
      .where('session.event_id = :eventId', { eventId })
      .orderBy('session.starts_at', 'ASC')
      .addOrderBy('session.ends_at', 'ASC')
      .addOrderBy('session.id', 'ASC');
    if (!membersToo) query.andWhere("session.audience = 'everyone'");
    return query.getMany();
  }

  findInEvent(manager: EntityManager, eventId: string, id: string): Promise<ScheduleSessionEntity | null> {
    return manager.findOneBy(ScheduleSessionEntity, { eventId, id });
  }

  insert(manager: EntityManager, session: Partial<ScheduleSessionEntity>): Promise<ScheduleSessionEntity> {
    return manager.save(ScheduleSessionEntity, manager.create(ScheduleSessionEntity, session));
  }

  save(manager: EntityManager, session: ScheduleSessionEntity): Promise<ScheduleSessionEntity> {
    return manager.save(ScheduleSessionEntity, session);
  }

  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(ScheduleSessionEntity, { id });
  }
}
