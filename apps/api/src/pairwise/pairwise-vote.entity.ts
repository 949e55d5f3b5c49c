import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A pairwise comparison (winner and loser) or a skip (skipped only), replayed in sequence order. */
@Entity('pairwise_votes')
export class PairwiseVoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @Column({ name: 'juror_id', type: 'uuid' })
  jurorId: string;

  @Column({ name: 'winner_id', type: 'uuid', nullable: true })
  winnerId: string | null;

  @Column({ name: 'loser_id', type: 'uuid', nullable: true })
  loserId: string | null;

  @Column({ name: 'skipped_id', type: 'uuid', nullable: true })
  skippedId: string | null;

  @Column({ type: 'integer' })
  sequence: number;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
