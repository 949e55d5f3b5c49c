import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
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

  findPublicBySlug(slug: string): Promise<EventEntity | null> {
    return this.events.findOne({ where: { slug, isPublic: true } });
  }

  count(): Promise<number> {
    return this.events.count();
  }
}
