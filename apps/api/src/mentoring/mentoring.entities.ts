import type { HelpStatus } from '@hackboard/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A mentor's skills in one event. */
@Entity('mentor_profiles')
export class MentorProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** Newline-separated. */
  @Column({ type: 'text', default: '' })
  skills: string;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}

/** A time a mentor offers to one team. */
@Entity('mentor_slots')
export class MentorSlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'mentor_id', type: 'uuid' })
  mentorId: string;

  @Column({ name: 'starts_at', type: Date })
  startsAt: Date;

  @Column({ name: 'ends_at', type: Date })
  endsAt: Date;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}

/** A team's booking of a slot; the slot's id is unique here, so a slot is booked at most once. */
@Entity('mentor_bookings')
export class MentorBookingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'slot_id', type: 'uuid', unique: true })
  slotId: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'booked_by', type: 'uuid', nullable: true })
  bookedBy: string | null;

  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}

/** A team asking for help now; mentors take the oldest waiting request first. */
@Entity('help_requests')
export class HelpRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'asked_by', type: 'uuid', nullable: true })
  askedBy: string | null;

  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @Column({ type: 'varchar', length: 16, default: 'waiting' })
  status: HelpStatus;

  @Column({ name: 'mentor_id', type: 'uuid', nullable: true })
  mentorId: string | null;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'closed_at', type: Date, nullable: true })
  closedAt: Date | null;
}
