import type { JudgingMode, LeaderboardVisibility } from '@hackboard/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('events')
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  tagline: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 64, default: 'Europe/Stockholm' })
  timezone: string;

  @Column({ name: 'registration_opens_at', type: Date })
  registrationOpensAt: Date;

  @Column({ name: 'hacking_starts_at', type: Date })
  hackingStartsAt: Date;

  @Column({ name: 'submission_deadline', type: Date })
  submissionDeadline: Date;

  @Column({ name: 'judging_ends_at', type: Date })
  judgingEndsAt: Date;

  @Column({ name: 'results_published_at', type: Date, nullable: true })
  resultsPublishedAt: Date | null;

  @Column({ name: 'max_team_size', type: 'integer', default: 5 })
  maxTeamSize: number;

  @Column({ name: 'judging_mode', type: 'varchar', length: 16, default: 'rubric' })
  judgingMode: JudgingMode;

  @Column({ name: 'leaderboard_visibility', type: 'varchar', length: 32, default: 'organizers-until-published' })
  leaderboardVisibility: LeaderboardVisibility;

  @Column({ name: 'audience_vote', type: 'boolean', default: true })
  audienceVote: boolean;

  @Column({ name: 'is_public', type: 'boolean', default: false })
  isPublic: boolean;

  @Column({ name: 'require_catalogue_dataset', type: 'boolean', default: false })
  requireCatalogueDataset: boolean;

  @Column({ name: 'require_verified_email', type: 'boolean', default: false })
  requireVerifiedEmail: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  /** How rubric leaderboards are computed: raw scores, or normalized per juror. */
  @Column({ name: 'score_normalization', type: 'varchar', length: 16, default: 'raw' })
  scoreNormalization: 'raw' | 'normalized';

  /** Raised with every change that moves a leaderboard; snapshots carry it so clients never go back. */
  @Column({ name: 'leaderboard_version', type: 'integer', default: 0 })
  leaderboardVersion: number;

  @Column({ name: 'leaderboard_frozen_at', type: Date, nullable: true })
  leaderboardFrozenAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
