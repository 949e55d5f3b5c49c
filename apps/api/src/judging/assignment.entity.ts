import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('assignments')
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @Column({ name: 'juror_id', type: 'uuid' })
  jurorId: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
