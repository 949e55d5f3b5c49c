import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a team shows in the finder: whether it looks for members, which skills, and its pitch. */
@Entity('team_listings')
export class TeamListingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'looking_for_members', type: 'boolean', default: false })
  lookingForMembers: boolean;

  @Column({ name: 'wanted_skills', type: 'simple-json', default: '[]' })
  wantedSkills: string[];

  @Column({ type: 'text', default: '' })
  pitch: string;

  @Column({ name: 'challenge_ids', type: 'simple-json', default: '[]' })
  challengeIds: string[];

  @CreateDateColumn({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
