import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An open data set a challenge builds on; all of an event's data sets form its catalogue. */
@Entity('datasets')
export class DatasetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'varchar', length: 50, default: '' })
  format: string;

  @Column({ type: 'varchar', length: 100, default: '' })
  licence: string;

  @Column({ type: 'integer', default: 0 })
  position: number;
}
