import type { PictureKind } from '@hackboard/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event's banner, an organization's logo or a team's avatar: one per owner (a unique key on
 * kind and owner), its renditions stored under `<hash>-<width>.<format>` like project images.
 */
@Entity('pictures')
export class PictureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32 })
  kind: PictureKind;

  /** The event, organization or team the picture belongs to, by `kind`. */
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

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
