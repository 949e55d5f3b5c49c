import type { Language, MailStatus, MailTopic } from '@hackboard/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface StoredAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * One mail on its way out, written in the same transaction as the change that caused it and
 * rendered then, so what is sent is what was true when it happened.
 */
@Entity('outbox_mails')
export class OutboxMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 64 })
  template: string;

  /** The optional topic it belongs to (a person can turn it off); null for mails about their own account. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  topic: MailTopic | null;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ name: 'message_id', type: 'uuid', nullable: true })
  messageId: string | null;

  @Column({ name: 'recipient_id', type: 'uuid', nullable: true })
  recipientId: string | null;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'simple-json', default: '{}' })
  headers: Record<string, string>;

  @Column({ type: 'simple-json', default: '[]' })
  attachments: StoredAttachment[];

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: Date })
  nextAttemptAt: Date;

  /** While `sending`: until when the instance that claimed it holds it; after that another may take it over. */
  @Column({ name: 'claimed_until', type: Date, nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: Date, nullable: true })
  sentAt: Date | null;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true, unique: true })
  dedupeKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
