import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A leaderboard as it stood when frozen or published; what the public sees from then on. */
@Entity('leaderboard_snapshots')
export class LeaderboardSnapshotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'round_id', type: 'uuid', nullable: true })
  roundId: string | null;

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
