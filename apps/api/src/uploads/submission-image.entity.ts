import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A screenshot of a project: its renditions are stored under `<hash>-<width>.<format>`. */
@Entity('submission_images')
export class SubmissionImageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  alt: string;

  @Column({ name: 'content_hash', type: 'varchar', length: 32 })
  contentHash: string;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @Column({ type: 'simple-json' })
  widths: number[];

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
