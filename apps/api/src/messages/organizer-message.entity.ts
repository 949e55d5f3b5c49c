import type { MessageSegment } from '@hackboard/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A message an organizer mailed to a part of the event; its mails are in the outbox with its id. */
@Entity('organizer_messages')
export class OrganizerMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'sender_id', type: 'uuid', nullable: true })
  senderId: string | null;

  @Column({ type: 'varchar', length: 32 })
  segment: MessageSegment;

  @Column({ name: 'challenge_id', type: 'uuid', nullable: true })
  challengeId: string | null;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'integer' })
  recipients: number;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
