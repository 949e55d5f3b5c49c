import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('scores')
export class ScoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @Column({ name: 'juror_id', type: 'uuid' })
  jurorId: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @Column({ name: 'criterion_key', type: 'varchar', length: 40 })
  criterionKey: string;

  @Column({ type: 'double precision' })
  value: number;

  @UpdateDateColumn({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
