import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('announcements')
export class AnnouncementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'text' })
  body: string;

  /** How many people it was mailed to; null when the organizer did not mail it. */
  @Column({ name: 'emailed_to', type: 'integer', nullable: true })
  emailedTo: number | null;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
