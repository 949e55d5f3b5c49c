import type { AnnouncementDto, CreateAnnouncementInput, Page } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MailService } from '../mail/mail.service.js';
import type { AnnouncementEntity } from './announcement.entity.js';
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
    private readonly mail: MailService,
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
        details: { email: input.email },
      });
      if (!input.email) return announcement;
      const emailedTo = await this.mailToMembers(manager, access, announcement, author?.displayName ?? '');
      await this.announcements.setEmailedTo(manager, announcement.id, emailedTo);
      return { ...announcement, emailedTo };
    });
    const dto = toDto({ ...saved, author });
    this.realtime.toMembers(access.event.id, 'announcement.posted', dto);
    return dto;
  }

  private async mailToMembers(
    manager: EntityManager,
    access: EventAccess,
    announcement: AnnouncementEntity,
    authorName: string,
  ): Promise<number> {
    const event = access.event;
    const members = await this.mail.audience.roleHolders(manager, event.id, [
      'participant',
      'jury',
      'agency',
      'organizer',
    ]);
    return this.mail.enqueue(manager, {
      template: 'announcement',
      recipients: await this.mail.recipients(manager, members),
      eventId: event.id,
      params: {
        body: announcement.body,
        authorName,
        eventName: event.name,
        eventUrl: this.mail.link(`/events/${event.slug}`),
      },
    });
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
    emailedTo: row.emailedTo,
  };
}
