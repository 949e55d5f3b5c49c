import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One vote per registered user per challenge; changeable until voting closes. */
@Entity('audience_votes')
export class AudienceVoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @UpdateDateColumn({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
