import type {
  MessageAudienceInput,
  MessagePreviewDto,
  OrganizerMessageDto,
  Page,
  SendMessageInput,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventAccess } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { MailService } from '../mail/mail.service.js';
import { UsersService } from '../users/users.service.js';
import { MessageError } from './messages.errors.js';
import { MessagesRepository } from './messages.repository.js';
import type { OrganizerMessageEntity } from './organizer-message.entity.js';

const HOUR = 3600_000;

/** Organizers mail a part of their event: everyone, teams that have not submitted, one challenge's teams, jurors, owners. */
@Injectable()
export class MessagesService {
  constructor(
    private readonly messages: MessagesRepository,
    private readonly mail: MailService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async preview(access: EventAccess, input: MessageAudienceInput): Promise<MessagePreviewDto> {
    const recipients = await this.recipientIds(this.dataSource.manager, access.event.id, input);
    return { recipients: (await this.mail.recipients(this.dataSource.manager, recipients)).length };
  }

  async send(access: EventAccess, user: AuthUser, input: SendMessageInput): Promise<OrganizerMessageDto> {
    const event = access.event;
    const now = this.clock.now();
    const saved = await this.dataSource.transaction(async (manager) => {
      const sentLastHour = await this.messages.countSince(manager, event.id, new Date(now.getTime() - HOUR));
      if (sentLastHour >= this.config.mail.messagesPerHour) {
        throw new MessageError(
          'TOO_MANY_MESSAGES',
          `This event has sent ${sentLastHour} messages in the last hour, the most allowed. Try again later.`,
        );
      }
      const recipients = await this.mail.recipients(manager, await this.recipientIds(manager, event.id, input));
      if (recipients.length === 0) {
        throw new MessageError('NO_RECIPIENTS', 'Nobody is in this group yet, so the message would reach no one.', {
          segment: 'has no members',
        });
      }
      const [sender] = await this.users.findManyActive(manager, [user.id]);
      const message = await this.messages.insert(manager, {
        eventId: event.id,
        senderId: user.id,
        segment: input.segment,
        challengeId: input.challengeId ?? null,
        subject: input.subject,
        body: input.body,
        recipients: recipients.length,
        createdAt: now,
      });
      await this.mail.enqueue(manager, {
        template: 'organizer-message',
        recipients,
        eventId: event.id,
        messageId: message.id,
        params: (r) => ({
          name: r.name,
          subject: input.subject,
          body: input.body,
          eventName: event.name,
          senderName: sender?.displayName ?? '',
          eventUrl: this.mail.link(`/events/${event.slug}`),
        }),
      });
      await this.audit.record(manager, {
        eventId: event.id,
        actorId: user.id,
        action: 'message.sent',
        targetType: 'message',
        targetId: message.id,
        details: { segment: input.segment, challengeId: input.challengeId ?? null, recipients: recipients.length },
      });
      return message;
    });
    return (await this.toDtos([saved]))[0]!;
  }

  async list(access: EventAccess, limit: number, offset: number): Promise<Page<OrganizerMessageDto>> {
    const [rows, total] = await this.messages.page(access.event.id, limit, offset);
    return { items: await this.toDtos(rows), total, limit, offset };
  }

  private async recipientIds(manager: EntityManager, eventId: string, input: MessageAudienceInput): Promise<string[]> {
    const audience = this.mail.audience;
    switch (input.segment) {
      case 'participants':
        return audience.roleHolders(manager, eventId, ['participant']);
      case 'jurors':
        return audience.roleHolders(manager, eventId, ['jury']);
      case 'challenge-owners':
        return audience.roleHolders(manager, eventId, ['agency']);
      case 'teams-without-submission':
        return (await audience.teamsWithoutSubmission(manager, eventId)).flatMap((team) => team.memberIds);
      case 'challenge-teams': {
        const challengeId = input.challengeId!;
        if (!(await audience.challengeInEvent(manager, eventId, challengeId))) {
          throw new MessageError('CHALLENGE_NOT_FOUND', 'This event has no such challenge.', {
            challengeId: 'is not a challenge of this event',
          });
        }
        return (await audience.challengeTeams(manager, eventId, challengeId)).flatMap((team) => team.memberIds);
      }
    }
  }

  private async toDtos(rows: OrganizerMessageEntity[]): Promise<OrganizerMessageDto[]> {
    const delivery = await this.mail.deliveryOf(rows.map((row) => row.id));
    const senderIds = rows.map((row) => row.senderId).filter((id): id is string => id !== null);
    const senders = new Map(
      (await this.users.findManyActive(this.dataSource.manager, senderIds)).map((u) => [u.id, u.displayName]),
    );
    return rows.map((row) => {
      const name = row.senderId ? senders.get(row.senderId) : undefined;
      return {
        id: row.id,
        segment: row.segment,
        challengeId: row.challengeId,
        subject: row.subject,
        body: row.body,
        sender: name ? { displayName: name } : null,
        recipients: row.recipients,
        delivery: delivery.get(row.id) ?? { pending: 0, sent: 0, failed: 0 },
        createdAt: row.createdAt.toISOString(),
      };
    });
  }
}
