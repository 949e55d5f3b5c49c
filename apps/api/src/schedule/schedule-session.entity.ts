import type { SessionAudience, SessionKind, SessionLanguage } from '@hackboard/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One item of an event's schedule: a talk, a workshop, a meal, a deadline. */
@Entity('schedule_sessions')
export class ScheduleSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: SessionKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'starts_at', type: Date })
  startsAt: Date;

  @Column({ name: 'ends_at', type: Date })
  endsAt: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null;

  @Column({ name: 'stream_url', type: 'varchar', length: 500, nullable: true })
  streamUrl: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  speaker: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  language: SessionLanguage | null;

  @Column({ type: 'varchar', length: 16, default: 'everyone' })
  audience: SessionAudience;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
