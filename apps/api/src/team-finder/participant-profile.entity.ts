import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A participant's profile in one event: seen by that event's participants and organizers only. */
@Entity('participant_profiles')
export class ParticipantProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'simple-json', default: '[]' })
  skills: string[];

  @Column({ type: 'simple-json', default: '[]' })
  tags: string[];

  @Column({ type: 'text', default: '' })
  bio: string;

  @Column({ type: 'simple-json', default: '[]' })
  languages: string[];

  @Column({ name: 'looking_for_team', type: 'boolean', default: false })
  lookingForTeam: boolean;

  @Column({ name: 'wants_to_work_on', type: 'text', default: '' })
  wantsToWorkOn: string;

  @Column({ name: 'challenge_ids', type: 'simple-json', default: '[]' })
  challengeIds: string[];

  @CreateDateColumn({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
