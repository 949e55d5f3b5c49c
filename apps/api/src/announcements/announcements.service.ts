import type { AnnouncementDto, CreateAnnouncementInput, Page } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EventAccess } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';
import { UsersService } from '../users/users.service.js';
import { AnnouncementsRepository, type AnnouncementWithAuthor } from './announcements.repository.js';

/** Organizers post; everyone with a role in the event reads, and open pages get it pushed at once. */
@Injectable()
export class AnnouncementsService {
  constructor(
    private readonly announcements: AnnouncementsRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimePublisher,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async post(access: EventAccess, user: AuthUser, input: CreateAnnouncementInput): Promise<AnnouncementDto> {
    const author = await this.users.findActive(user.id);
    const saved = await this.dataSource.transaction(async (manager) => {
      const announcement = await this.announcements.insert(manager, {
        eventId: access.event.id,
        authorId: user.id,
        body: input.body,
        createdAt: this.clock.now(),
      });
      await this.audit.record(manager, {
        eventId: access.event.id,
        actorId: user.id,
        action: 'announcement.posted',
        targetType: 'announcement',
        targetId: announcement.id,
      });
      return announcement;
    });
    const dto = toDto({ ...saved, author });
    this.realtime.toMembers(access.event.id, 'announcement.posted', dto);
    return dto;
  }

  async list(access: EventAccess, limit: number, offset: number): Promise<Page<AnnouncementDto>> {
    const [rows, total] = await this.announcements.page(access.event.id, limit, offset);
    return { items: rows.map(toDto), total, limit, offset };
  }
}

function toDto(row: AnnouncementWithAuthor): AnnouncementDto {
  return {
    id: row.id,
    eventId: row.eventId,
    body: row.body,
    author: row.author && !row.author.erasedAt ? { displayName: row.author.displayName } : null,
    createdAt: row.createdAt.toISOString(),
  };
}
