import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The skills an event's participants pick from. */
@Entity('finder_settings')
export class FinderSettingsEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'simple-json', default: '[]' })
  skills: string[];

  @CreateDateColumn({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
