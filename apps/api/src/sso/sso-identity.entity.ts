import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An account's identity at an OpenID Connect provider: the provider's subject, and what it said of the email. */
@Entity('sso_identities')
export class SsoIdentityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'provider_id', type: 'varchar', length: 32 })
  providerId: string;

  @Column({ type: 'varchar', length: 255 })
  subject: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** The provider's `email_verified` claim at the last sign-in. */
  @Column({ name: 'email_verified', type: 'boolean', default: false })
  emailVerified: boolean;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'last_sign_in_at', type: Date, nullable: true })
  lastSignInAt: Date | null;
}
