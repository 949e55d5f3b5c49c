import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('review_comments')
export class ReviewCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @Column({ name: 'juror_id', type: 'uuid' })
  jurorId: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @Column({ type: 'text' })
  comment: string;

  @UpdateDateColumn({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
