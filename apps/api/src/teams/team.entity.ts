import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('teams')
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'invite_code', type: 'varchar', length: 32, unique: true })
  inviteCode: string;

  @Column({ name: 'captain_id', type: 'uuid', nullable: true })
  captainId: string | null;

  /** The event's team size when the team was made (kept in step when the organizer changes it). */
  @Column({ name: 'max_size', type: 'integer' })
  maxSize: number;

  /** Checked by the database against max_size: a join that would exceed it fails. */
  @Column({ name: 'member_count', type: 'integer', default: 0 })
  memberCount: number;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
