import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { AnnouncementEntity } from './announcement.entity.js';

export type AnnouncementWithAuthor = AnnouncementEntity & { author: UserEntity | null };

@Injectable()
export class AnnouncementsRepository {
  constructor(@InjectRepository(AnnouncementEntity) private readonly announcements: Repository<AnnouncementEntity>) {}

  insert(manager: EntityManager, announcement: Partial<AnnouncementEntity>): Promise<AnnouncementEntity> {
    return manager.save(AnnouncementEntity, manager.create(AnnouncementEntity, announcement));
  }

  page(eventId: string, limit: number, offset: number): Promise<[AnnouncementWithAuthor[], number]> {
    return this.announcements
      .createQueryBuilder('announcement')
      .leftJoinAndMapOne('announcement.author', UserEntity, 'author', 'author.id = announcement.author_id')
      .where('announcement.event_id = :eventId', { eventId })
      .orderBy('announcement.created_at', 'DESC')
      .addOrderBy('announcement.id', 'DESC')
      .take(limit)
      .skip(offset)
      .getManyAndCount() as Promise<[AnnouncementWithAuthor[], number]>;
  }

  async setEmailedTo(manager: EntityManager, id: string, emailedTo: number): Promise<void> {
    await manager.update(AnnouncementEntity, { id }, { emailedTo });
  }
}
