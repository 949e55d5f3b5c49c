import type { SubmissionStatus } from '@hackboard/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('submissions')
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  summary: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'repository_url', type: 'varchar', length: 2000, nullable: true })
  repositoryUrl: string | null;

  @Column({ name: 'demo_url', type: 'varchar', length: 2000, nullable: true })
  demoUrl: string | null;

  @Column({ name: 'video_url', type: 'varchar', length: 2000, nullable: true })
  videoUrl: string | null;

  /** Image URLs, in order. */
  @Column({ type: 'simple-json', default: '[]' })
  images: string[];

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: SubmissionStatus;

  /** Raised by one on every saved change; an edit must name the version it started from. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'submitted_at', type: Date, nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
