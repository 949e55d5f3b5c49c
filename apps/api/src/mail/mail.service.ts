import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  type Language,
  MAIL_TOPICS,
  type MailDto,
  type MailListQuery,
  type MailSummaryDto,
  type MailTopic,
  type NotificationSettingsDto,
  type Page,
  type UnsubscribedDto,
  type UpdateNotificationSettingsInput,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { type CalendarEvent, timelineCalendar } from './event-calendar.js';
import { MailAudienceRepository } from './mail-audience.repository.js';
import { MailError } from './mail.errors.js';
import { MailRepository, type NewMail } from './mail.repository.js';
import { MailSender } from './mail-sender.service.js';
import { type MailParams, type TemplateName, formatInstant, renderMail, roleName, topicOf } from './mail-templates.js';
import type { OutboxMailEntity, StoredAttachment } from './outbox-mail.entity.js';

/** Whom a mail goes to: an account, or an address with no account yet (an invitation). */
export interface Recipient {
  userId: string | null;
  address: string;
  language: Language;
  name: string;
  /** The account's opt-outs (comma-separated topics); none for an address without an account. */
  optOuts: string;
}

export interface MailRequest {
  template: TemplateName;
  recipients: Recipient[];
  /** The template's parameters, the same for everyone or per recipient (names, languages). */
  params: MailParams | ((recipient: Recipient) => MailParams);
  eventId?: string | null;
  messageId?: string | null;
  /** Mails that must go once only carry a key per recipient; one already in the outbox is not queued again. */
  dedupeKey?: (recipient: Recipient) => string;
  attachments?: (recipient: Recipient) => StoredAttachment[];
}

export function recipientOf(user: UserEntity): Recipient | null {
  if (!user.email || user.erasedAt) return null;
  return {
    userId: user.id,
    address: user.email,
    language: user.language,
    name: user.displayName,
    optOuts: user.mailOptOuts,
  };
}

export function notificationSettings(optOuts: string): NotificationSettingsDto {
  const off = new Set(optOuts.split(',').filter(Boolean));
  return Object.fromEntries(MAIL_TOPICS.map((topic) => [topic, !off.has(topic)])) as NotificationSettingsDto;
}

/**
 * Every mail goes through here: rendered in the recipient's language and written to the outbox in
 * the caller's transaction, so a mail exists exactly when the change that caused it was committed.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly mails: MailRepository,
    readonly audience: MailAudienceRepository,
    private readonly sender: MailSender,
    private readonly users: UsersService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Whether mails reach real mailboxes (SMTP); without it they stay in the outbox and as files. */
  get delivers(): boolean {
    return this.config.mail.smtpUrl !== undefined;
  }

  link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** The active accounts among `userIds` as recipients, read in the caller's transaction. */
  async recipients(manager: EntityManager, userIds: readonly string[]): Promise<Recipient[]> {
    const users = await this.users.findManyActive(manager, userIds);
    return users.map(recipientOf).filter((recipient): recipient is Recipient => recipient !== null);
  }

  /**
   * Queues the mail for every recipient who has not turned its topic off; returns how many were
   * queued (a deduplicated one already in the outbox counts as queued: it was, before).
   */
  async enqueue(manager: EntityManager, request: MailRequest): Promise<number> {
    const topic = topicOf(request.template);
    const wanted = request.recipients.filter(
      (recipient) => topic === null || !recipient.optOuts.split(',').includes(topic),
    );
    if (wanted.length === 0) return 0;
    const keys = request.dedupeKey ? wanted.map(request.dedupeKey) : [];
    const existing = await this.mails.existingKeys(manager, keys);
    const now = this.clock.now();
    const rows: NewMail[] = [];
    wanted.forEach((recipient, index) => {
      const dedupeKey = request.dedupeKey ? keys[index]! : null;
      if (dedupeKey && existing.has(dedupeKey)) return;
      const params = typeof request.params === 'function' ? request.params(recipient) : request.params;
      const unsubscribe = topic && recipient.userId ? this.unsubscribeToken(recipient.userId, topic) : null;
      const rendered = renderMail(request.template, recipient.language, params, {
        settingsUrl: this.link('/account#notifications'),
        unsubscribeUrl: unsubscribe ? this.link(`/unsubscribe?token=${unsubscribe}`) : null,
      });
      rows.push({
        template: request.template,
        topic,
        eventId: request.eventId ?? null,
        messageId: request.messageId ?? null,
        recipientId: recipient.userId,
        toAddress: recipient.address,
        language: recipient.language,
        ...rendered,
        // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this address.
        headers: unsubscribe
          ? {
              'List-Unsubscribe': `<${this.link(`/api/mail/unsubscribe?token=${unsubscribe}`)}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            }
          : {},
        attachments: request.attachments?.(recipient) ?? [],
        nextAttemptAt: now,
        dedupeKey,
      });
    });
    await this.mails.insert(manager, rows);
    if (rows.length > 0) this.sender.kick();
    return wanted.length;
  }

  /** A signed token naming the person and the topic: an unsubscribe link works without signing in. */
  unsubscribeToken(userId: string, topic: MailTopic): string {
    return `${userId}.${topic}.${this.sign(`${userId}.${topic}`)}`;
  }

  /** The person and topic of a valid unsubscribe token. */
  readUnsubscribeToken(token: string): { userId: string; topic: MailTopic } {
    const [userId, topic, signature, ...rest] = token.split('.');
    const valid =
      rest.length === 0 &&
      userId !== undefined &&
      signature !== undefined &&
      (MAIL_TOPICS as readonly string[]).includes(topic ?? '') &&
      safeEqual(signature, this.sign(`${userId}.${topic}`));
    if (!valid) throw new MailError('UNSUBSCRIBE_TOKEN_INVALID', 'This unsubscribe link is not valid.');
    return { userId, topic: topic as MailTopic };
  }

  async settingsOf(userId: string): Promise<NotificationSettingsDto> {
    const [user] = await this.users.findManyActive(this.dataSource.manager, [userId]);
    return notificationSettings(user?.mailOptOuts ?? '');
  }

  updateSettings(userId: string, input: UpdateNotificationSettingsInput): Promise<NotificationSettingsDto> {
    return this.changeOptOuts(userId, (off) => {
      for (const topic of MAIL_TOPICS) {
        if (input[topic] === true) off.delete(topic);
        if (input[topic] === false) off.add(topic);
      }
    });
  }

  /** Turns the link's topic off for the person it was mailed to; no sign-in needed, the token is signed. */
  async unsubscribe(token: string): Promise<UnsubscribedDto> {
    const { userId, topic } = this.readUnsubscribeToken(token);
    return { topic, settings: await this.changeOptOuts(userId, (off) => off.add(topic)) };
  }

  private changeOptOuts(userId: string, change: (off: Set<string>) => void): Promise<NotificationSettingsDto> {
    return this.dataSource.transaction(async (manager) => {
      const [user] = await this.users.findManyActive(manager, [userId]);
      if (!user) throw new MailError('UNSUBSCRIBE_TOKEN_INVALID', 'This account no longer exists.');
      const off = new Set(user.mailOptOuts.split(',').filter(Boolean));
      change(off);
      const optOuts = [...off].sort().join(',');
      await this.users.updateAccount(manager, userId, { mailOptOuts: optOuts });
      return notificationSettings(optOuts);
    });
  }

  async page(filter: { eventId?: string }, query: MailListQuery): Promise<Page<MailSummaryDto>> {
    const [rows, total] = await this.mails.page({ ...filter, status: query.status }, query.limit, query.offset);
    return { items: rows.map(toSummary), total, limit: query.limit, offset: query.offset };
  }

  async get(mailId: string): Promise<MailDto> {
    const mail = await this.mails.find(mailId);
    if (!mail) throw new MailError('MAIL_NOT_FOUND', 'There is no such mail.');
    return {
      ...toSummary(mail),
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments.map(({ filename, contentType }) => ({ filename, contentType })),
    };
  }

  /** Sends a failed mail again (a fresh round of tries); `eventId` limits an organizer to their event's mail. */
  async retry(mailId: string, eventId?: string): Promise<MailSummaryDto> {
    const mail = await this.mails.find(mailId, eventId);
    if (!mail) throw new MailError('MAIL_NOT_FOUND', 'There is no such mail.');
    if (!(await this.mails.retry(mail.id, this.clock.now()))) {
      throw new MailError('MAIL_NOT_FAILED', 'Only a mail that failed can be sent again.');
    }
    this.sender.kick();
    return toSummary((await this.mails.find(mail.id))!);
  }

  deliveryOf(messageIds: string[]) {
    return this.mails.deliveryOf(messageIds);
  }

  logOf(manager: EntityManager, userId: string) {
    return this.mails.logOf(manager, userId);
  }

  forget(manager: EntityManager, userId: string, address: string | null): Promise<void> {
    return this.mails.forget(manager, userId, address);
  }

  /** A moment in the event's timezone and the reader's language, for mail parameters. */
  formatInstant(at: Date, language: Language, timeZone: string): string {
    return formatInstant(at, language, timeZone);
  }

  roleName(language: Language, role: Parameters<typeof roleName>[1]): string {
    return roleName(language, role);
  }

  timelineCalendar(event: CalendarEvent, language: Language, eventUrl: string): StoredAttachment {
    return timelineCalendar(event, language, eventUrl);
  }

  /** Sends everything due now: for the CLI and for tests that wait for the mail. */
  drain(): Promise<number> {
    return this.sender.drain();
  }

  private sign(value: string): string {
    return createHmac('sha256', this.config.secret).update(`unsubscribe:${value}`).digest('base64url').slice(0, 32);
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function toSummary(mail: OutboxMailEntity): MailSummaryDto {
  return {
    id: mail.id,
    template: mail.template,
    to: mail.toAddress,
    subject: mail.subject,
    language: mail.language,
    status: mail.status,
    attempts: mail.attempts,
    lastError: mail.lastError,
    eventId: mail.eventId,
    createdAt: mail.createdAt.toISOString(),
    nextAttemptAt: mail.nextAttemptAt.toISOString(),
    sentAt: mail.sentAt?.toISOString() ?? null,
  };
}
