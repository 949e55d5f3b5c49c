import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A conflict of interest a juror declared: they never score that submission. */
@Entity('conflicts')
export class ConflictEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'juror_id', type: 'uuid' })
  jurorId: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  reason: string;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
