import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type SsoRequiredRole = 'jury' | 'agency';

/** An event's rule that its jurors (or challenge owners) sign in through one provider. */
@Entity('event_sso_requirements')
export class EventSsoRequirementEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  role: SsoRequiredRole;

  @Column({ name: 'provider_id', type: 'varchar', length: 32 })
  providerId: string;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
