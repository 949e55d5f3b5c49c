import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, MoreThan } from 'typeorm';
import { OrganizerMessageEntity } from './organizer-message.entity.js';

@Injectable()
export class MessagesRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(
    manager: EntityManager,
    message: Pick<
      OrganizerMessageEntity,
      'eventId' | 'senderId' | 'segment' | 'challengeId' | 'subject' | 'body' | 'recipients' | 'createdAt'
    >,
  ): Promise<OrganizerMessageEntity> {
    return manager.save(manager.create(OrganizerMessageEntity, message));
  }

  countSince(manager: EntityManager, eventId: string, since: Date): Promise<number> {
    return manager.count(OrganizerMessageEntity, { where: { eventId, createdAt: MoreThan(since) } });
  }

  page(eventId: string, limit: number, offset: number): Promise<[OrganizerMessageEntity[], number]> {
    return this.dataSource.manager.findAndCount(OrganizerMessageEntity, {
      where: { eventId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
  }
}
