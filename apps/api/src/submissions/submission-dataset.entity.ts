import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A data set a submission used: from the event's catalogue (dataset_id) or a free entry (title and url). */
@Entity('submission_datasets')
export class SubmissionDatasetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @Column({ name: 'dataset_id', type: 'uuid', nullable: true })
  datasetId: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;
}
