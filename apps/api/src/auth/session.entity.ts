import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A signed-in browser: holds the hash of its refresh token; revoking it signs that browser out. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'expires_at', type: Date })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt: Date | null;

  /** The OpenID Connect provider this browser signed in with (null: a password); kept through refresh. */
  @Column({ name: 'sso_provider_id', type: 'varchar', length: 32, nullable: true })
  ssoProviderId: string | null;

  /** When the browser signed in at that provider (not when the session was last rotated). */
  @Column({ name: 'sso_signed_in_at', type: Date, nullable: true })
  ssoSignedInAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;
}
