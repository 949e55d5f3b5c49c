import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Which kind of board a snapshot holds. */
export type SnapshotBoard = 'rubric' | 'pairwise' | 'audience';

/**
 * A leaderboard as it stood when frozen or published; what the public sees from then on. A rubric
 * board is the event's (no round) or one round's; a pairwise board is one round's; an audience
 * board is the event's (no challenge) or one challenge's.
 */
@Entity('leaderboard_snapshots')
export class LeaderboardSnapshotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 16, default: 'rubric' })
  board: SnapshotBoard;

  @Column({ name: 'round_id', type: 'uuid', nullable: true })
  roundId: string | null;

  @Column({ name: 'challenge_id', type: 'uuid', nullable: true })
  challengeId: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: 'frozen' | 'published';

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'simple-json' })
  payload: unknown;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
