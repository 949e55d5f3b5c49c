import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One criterion of a rubric; `scope` says which: 'event', 'challenge:<id>' or 'round:<id>'. */
@Entity('criteria')
export class CriterionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 48 })
  scope: string;

  @Column({ type: 'varchar', length: 40 })
  key: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'double precision' })
  weight: number;

  @Column({ name: 'scale_min', type: 'integer', default: 1 })
  scaleMin: number;

  @Column({ name: 'scale_max', type: 'integer', default: 10 })
  scaleMax: number;

  @Column({ type: 'integer', default: 0 })
  position: number;
}
