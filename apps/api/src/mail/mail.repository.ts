import type { MailStatus } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, LessThanOrEqual } from 'typeorm';
import { OutboxMailEntity } from './outbox-mail.entity.js';

export type NewMail = Pick<
  OutboxMailEntity,
  | 'template'
  | 'topic'
  | 'eventId'
  | 'messageId'
  | 'recipientId'
  | 'toAddress'
  | 'language'
  | 'subject'
  | 'text'
  | 'html'
  | 'headers'
  | 'attachments'
  | 'nextAttemptAt'
  | 'dedupeKey'
>;

@Injectable()
export class MailRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the mails; one whose dedupe key is already in the outbox is left out (it went, or is going, already). */
  async insert(manager: EntityManager, mails: NewMail[]): Promise<void> {
    for (const mail of mails) {
      const insert = manager
        .createQueryBuilder()
        .insert()
        .into(OutboxMailEntity)
        .values({ ...mail, status: 'pending', attempts: 0 });
      await (mail.dedupeKey ? insert.orIgnore() : insert).execute();
    }
  }

  /** Which of these dedupe keys are in the outbox already. */
  async existingKeys(manager: EntityManager, keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await manager.find(OutboxMailEntity, { select: { dedupeKey: true }, where: { dedupeKey: In(keys) } });
    return new Set(rows.map((row) => row.dedupeKey!));
  }

  /**
   * Claims up to `limit` due mails for this instance: pending ones whose time has come, and ones a
   * crashed instance claimed and never finished. PostgreSQL skips rows another instance is claiming
   * at the same moment (`FOR UPDATE SKIP LOCKED`); SQLite runs one statement at a time anyway.
   */
  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<OutboxMailEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const query = manager
        .createQueryBuilder(OutboxMailEntity, 'mail')
        .select('mail.id', 'id')
        .where("(mail.status = 'pending' AND mail.next_attempt_at <= :now)", { now })
        .orWhere("(mail.status = 'sending' AND mail.claimed_until < :now)", { now })
        .orderBy('mail.next_attempt_at', 'ASC')
        .limit(limit);
      if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write').setOnLocked('skip_locked');
      const ids = (await query.getRawMany<{ id: string }>()).map((row) => row.id);
      if (ids.length === 0) return [];
      await manager
        .createQueryBuilder()
        .update(OutboxMailEntity)
        .set({ status: 'sending', claimedUntil: leaseUntil, attempts: () => 'attempts + 1' })
        .where({ id: In(ids) })
        .execute();
      return manager.find(OutboxMailEntity, { where: { id: In(ids) }, order: { nextAttemptAt: 'ASC' } });
    });
  }

  /** Marks a claimed mail sent (only while it is still claimed: an organizer's retry does not undo it). */
  async markSent(id: string, at: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(OutboxMailEntity)
      .set({ status: 'sent', sentAt: at, claimedUntil: null, lastError: null })
      .where({ id, status: 'sending' })
      .execute();
  }

  async markRetry(id: string, error: string, nextAttemptAt: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(OutboxMailEntity)
      .set({ status: 'pending', nextAttemptAt, claimedUntil: null, lastError: error })
      .where({ id, status: 'sending' })
      .execute();
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(OutboxMailEntity)
      .set({ status: 'failed', claimedUntil: null, lastError: error })
      .where({ id, status: 'sending' })
      .execute();
  }

  /** Puts a failed mail back in line for one more round of tries. */
  async retry(id: string, now: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMailEntity)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: now })
      .where({ id, status: 'failed' })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  find(id: string, eventId?: string): Promise<OutboxMailEntity | null> {
    return this.dataSource.manager.findOne(OutboxMailEntity, { where: { id, ...(eventId ? { eventId } : {}) } });
  }

  page(filter: { eventId?: string; status?: MailStatus }, limit: number, offset: number) {
    return this.dataSource.manager.findAndCount(OutboxMailEntity, {
      select: {
        id: true,
        template: true,
        toAddress: true,
        subject: true,
        language: true,
        status: true,
        attempts: true,
        lastError: true,
        eventId: true,
        createdAt: true,
        nextAttemptAt: true,
        sentAt: true,
      },
      where: {
        ...(filter.eventId ? { eventId: filter.eventId } : {}),
        ...(filter.status ? { status: filter.status } : {}),
      },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
  }

  /** Delivery counts per organizer message. */
  async deliveryOf(messageIds: string[]): Promise<Map<string, Record<'pending' | 'sent' | 'failed', number>>> {
    const counts = new Map<string, Record<'pending' | 'sent' | 'failed', number>>();
    if (messageIds.length === 0) return counts;
    const rows = await this.dataSource.manager
      .createQueryBuilder(OutboxMailEntity, 'mail')
      .select('mail.message_id', 'messageId')
      .addSelect('mail.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where({ messageId: In(messageIds) })
      .groupBy('mail.message_id')
      .addGroupBy('mail.status')
      .getRawMany<{ messageId: string; status: MailStatus; count: string | number }>();
    for (const row of rows) {
      const entry = counts.get(row.messageId) ?? { pending: 0, sent: 0, failed: 0 };
      const key = row.status === 'sending' ? 'pending' : row.status;
      entry[key] += Number(row.count);
      counts.set(row.messageId, entry);
    }
    return counts;
  }

  /** A person's mail log for their data export: what was sent to them, without the bodies' HTML. */
  logOf(manager: EntityManager, userId: string) {
    return manager.find(OutboxMailEntity, {
      select: { id: true, template: true, subject: true, status: true, createdAt: true, sentAt: true, toAddress: true },
      where: { recipientId: userId },
      order: { createdAt: 'ASC' },
    });
  }

  /** Erasure: no mail to or about the person stays in the outbox. */
  async forget(manager: EntityManager, userId: string, address: string | null): Promise<void> {
    await manager.delete(OutboxMailEntity, { recipientId: userId });
    if (address) await manager.delete(OutboxMailEntity, { toAddress: address });
  }

  /** How many mails are due now or being sent: the sender drains until none is left. */
  countDue(now: Date): Promise<number> {
    return this.dataSource.manager.count(OutboxMailEntity, {
      where: [{ status: 'pending', nextAttemptAt: LessThanOrEqual(now) }, { status: 'sending' }],
    });
  }
}
