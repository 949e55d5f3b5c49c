import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A judging round: a heat for one challenge, or a final over the finalists promoted from the heats. */
@Entity('rounds')
export class RoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: 'heat' | 'final';

  /** Set for a heat: the challenge whose submissions it judges. */
  @Column({ name: 'challenge_id', type: 'uuid', nullable: true })
  challengeId: string | null;

  @Column({ type: 'integer', default: 0 })
  position: number;

  /** K in "each submission gets at least K reviews" for automatic assignment. */
  @Column({ name: 'reviews_per_submission', type: 'integer', default: 3 })
  reviewsPerSubmission: number;

  /** Once set, no score in the round changes. */
  @Column({ name: 'locked_at', type: Date, nullable: true })
  lockedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
