import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('round_entries')
export class RoundEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
