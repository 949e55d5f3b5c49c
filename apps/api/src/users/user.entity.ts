import type { Language } from '@hackboard/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null once the account is erased: the row stays so records that point to it keep their shape. */
  @Column({ type: 'varchar', length: 254, nullable: true, unique: true })
  email: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 200, nullable: true })
  passwordHash: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 2, default: 'sv' })
  language: Language;

  @Column({ name: 'is_admin', type: 'boolean', default: false })
  isAdmin: boolean;

  @CreateDateColumn({ name: 'created_at', type: Date })
  createdAt: Date;

  /** When the address was confirmed through a mailed link; null until then (and again after a change of address). */
  @Column({ name: 'email_verified_at', type: Date, nullable: true })
  emailVerifiedAt: Date | null;

  /** The optional mail topics this person turned off, comma-separated. */
  @Column({ name: 'mail_opt_outs', type: 'varchar', length: 200, default: '' })
  mailOptOuts: string;

  @Column({ name: 'erased_at', type: Date, nullable: true })
  erasedAt: Date | null;
}
