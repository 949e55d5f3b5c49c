import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type JoinRequestKind = 'request' | 'invitation';
export type JoinRequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';

/** A person asking a team to join it, or a team inviting a person; the other side decides. */
@Entity('join_requests')
export class JoinRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: JoinRequestKind;

  @Column({ type: 'varchar', length: 16 })
  status: JoinRequestStatus;

  @Column({ type: 'text', default: '' })
  message: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'decided_at', type: Date, nullable: true })
  decidedAt: Date | null;
}
