import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A juror whose votes an organizer took out of a round's board; deleting the row counts them again. */
@Entity('pairwise_exclusions')
export class PairwiseExclusionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @Column({ name: 'juror_id', type: 'uuid' })
  jurorId: string;

  @Column({ name: 'excluded_by', type: 'uuid', nullable: true })
  excludedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
