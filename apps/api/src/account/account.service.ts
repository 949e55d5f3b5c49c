import { createHash, randomBytes } from 'node:crypto';
import type { ChangeEmailInput, RegisterInput } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AuthError } from '../auth/auth.errors.js';
import { AuthService, type IssuedTokens } from '../auth/auth.service.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { Clock } from '../common/clock.js';
import { MailService, recipientOf } from '../mail/mail.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import type { AccountTokenPurpose } from './account-token.entity.js';
import { AccountError } from './account.errors.js';
import { AccountTokensRepository } from './account-tokens.repository.js';

const MINUTE = 60_000;
const VALID_FOR: Record<AccountTokenPurpose, number> = {
  'password-reset': 60 * MINUTE,
  'verify-email': 7 * 24 * 60 * MINUTE,
  'change-email': 24 * 60 * MINUTE,
};
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export type Registration = { userId: string; tokens: IssuedTokens } | { pending: true; email: string };

/**
 * An account's life by mail: registration with a verified address, a forgotten password, a change
 * of address. Each link is single-use, hashed at rest and written with its mail in one transaction.
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly tokens: AccountTokensRepository,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Without mail delivery the new account is signed in at once (and a verification link waits in
   * the mailbox); a taken address is refused. With delivery every address gets the same answer:
   * a new account gets its verification link, a known address a note to its owner.
   */
  async register(input: RegisterInput): Promise<Registration> {
    const passwordHash = await this.hasher.hash(input.password);
    const existing = await this.users.findByEmail(input.email);
    if (existing && !this.mail.delivers) {
      throw new AuthError('EMAIL_TAKEN', 'An account with this email already exists. Sign in instead.', {
        email: 'is already registered',
      });
    }
    try {
      const userId = await this.dataSource.transaction(async (manager) => {
        if (existing) {
          await this.mail.enqueue(manager, {
            template: 'registration-attempt',
            recipients: [recipientOf(existing)!],
            params: (r) => ({ name: r.name, email: r.address, forgotUrl: this.mail.link('/forgot-password') }),
          });
          return null;
        }
        const user = await this.users.create({ ...input, passwordHash, language: input.language ?? 'sv' }, manager);
        await this.sendVerification(manager, user);
        return user.id;
      });
      if (this.mail.delivers || !userId) return { pending: true, email: input.email };
      return { userId, tokens: await this.auth.startSession(userId) };
    } catch (error) {
      // Two registrations raced for the same address: the unique index decided.
      if (!(error instanceof QueryFailedError)) throw error;
      if (this.mail.delivers) return { pending: true, email: input.email };
      throw new AuthError('EMAIL_TAKEN', 'An account with this email already exists.');
    }
  }

  /** Always answers the same, whether or not the address has an account. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user) return;
    await this.dataSource.transaction(async (manager) => {
      const link = await this.issue(manager, user, 'password-reset', user.email);
      await this.mail.enqueue(manager, {
        template: 'password-reset',
        recipients: [recipientOf(user)!],
        params: (r) => ({ name: r.name, link: this.mail.link(`/reset-password?token=${link}`) }),
      });
    });
  }

  /** Sets the new password, ends every session of the account and signs in anew. */
  async resetPassword(token: string, password: string): Promise<{ userId: string; tokens: IssuedTokens }> {
    const passwordHash = await this.hasher.hash(password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const { user } = await this.useToken(manager, 'password-reset', token, () => {
        return new AccountError('RESET_TOKEN_INVALID', 'This link to choose a new password is used up or has expired.');
      });
      // The link reached the mailbox, so the address is verified as well.
      await this.users.updateAccount(manager, user.id, {
        passwordHash,
        emailVerifiedAt: user.emailVerifiedAt ?? this.clock.now(),
      });
      await this.auth.endAllSessions(manager, user.id);
      await this.mail.enqueue(manager, {
        template: 'password-changed',
        recipients: [recipientOf(user)!],
        params: (r) => ({ name: r.name, forgotUrl: this.mail.link('/forgot-password') }),
      });
      return user.id;
    });
    return { userId, tokens: await this.auth.startSession(userId) };
  }

  async verifyEmail(token: string): Promise<{ userId: string; tokens: IssuedTokens }> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const { user } = await this.useToken(manager, 'verify-email', token, () => {
        return new AccountError('VERIFICATION_TOKEN_INVALID', 'This verification link is used up or has expired.');
      });
      await this.users.updateAccount(manager, user.id, { emailVerifiedAt: user.emailVerifiedAt ?? this.clock.now() });
      return user.id;
    });
    return { userId, tokens: await this.auth.startSession(userId) };
  }

  async resendVerification(userId: string): Promise<void> {
    const user = await this.users.findActive(userId);
    if (!user?.email || user.emailVerifiedAt) return;
    await this.dataSource.transaction((manager) => this.sendVerification(manager, user));
  }

  /** Mails a link to the new address; the account keeps its address until the link is followed. */
  async requestEmailChange(userId: string, input: ChangeEmailInput): Promise<void> {
    if (!(await this.auth.confirmPassword(userId, input.password))) {
      throw new AccountError('WRONG_PASSWORD', 'The password is wrong.', { password: 'is wrong' });
    }
    const user = (await this.users.findActive(userId))!;
    if (input.newEmail === user.email || (await this.users.findByEmail(input.newEmail))) {
      throw new AccountError('EMAIL_TAKEN', 'This address already belongs to an account.', {
        newEmail: 'is already registered',
      });
    }
    await this.dataSource.transaction(async (manager) => {
      const link = await this.issue(manager, user, 'change-email', input.newEmail);
      await this.mail.enqueue(manager, {
        template: 'email-change',
        recipients: [{ ...recipientOf(user)!, address: input.newEmail }],
        params: (r) => ({
          name: r.name,
          newEmail: input.newEmail,
          link: this.mail.link(`/confirm-email?token=${link}`),
        }),
      });
    });
  }

  async confirmEmailChange(token: string): Promise<{ userId: string; tokens: IssuedTokens }> {
    try {
      const userId = await this.dataSource.transaction(async (manager) => {
        const { user, address: newEmail } = await this.useToken(
          manager,
          'change-email',
          token,
          () =>
            new AccountError(
              'EMAIL_CHANGE_TOKEN_INVALID',
              'This link to change the address is used up or has expired.',
            ),
        );
        await this.users.updateAccount(manager, user.id, { email: newEmail, emailVerifiedAt: this.clock.now() });
        // The old address hears of it, so a stolen session cannot move the account away unnoticed.
        await this.mail.enqueue(manager, {
          template: 'email-changed',
          recipients: [recipientOf(user)!],
          params: (r) => ({ name: r.name, newEmail }),
        });
        return user.id;
      });
      return { userId, tokens: await this.auth.startSession(userId) };
    } catch (error) {
      if (error instanceof QueryFailedError) {
        throw new AccountError('EMAIL_TAKEN', 'This address already belongs to an account.', {
          newEmail: 'is already registered',
        });
      }
      throw error;
    }
  }

  /** Erasure: no link of the person's stays usable. */
  forget(manager: EntityManager, userId: string): Promise<void> {
    return this.tokens.deleteAllOf(manager, userId);
  }

  private async sendVerification(manager: EntityManager, user: UserEntity): Promise<void> {
    const link = await this.issue(manager, user, 'verify-email', user.email);
    await this.mail.enqueue(manager, {
      template: 'verify-email',
      recipients: [recipientOf(user)!],
      params: (r) => ({ name: r.name, email: r.address, link: this.mail.link(`/verify-email?token=${link}`) }),
    });
  }

  /** A new single-use link; it replaces the person's earlier links of the same purpose. */
  private async issue(
    manager: EntityManager,
    user: UserEntity,
    purpose: AccountTokenPurpose,
    address: string | null,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.tokens.useAllOf(manager, user.id, purpose, now);
    await this.tokens.insert(manager, {
      userId: user.id,
      purpose,
      tokenHash: sha256(token),
      newEmail: address,
      expiresAt: new Date(now.getTime() + VALID_FOR[purpose]),
    });
    return token;
  }

  /** Uses a link up and returns its account and the address it proves; a link for an address the account no longer has is void. */
  private async useToken(
    manager: EntityManager,
    purpose: AccountTokenPurpose,
    token: string,
    invalid: () => AccountError,
  ): Promise<{ user: UserEntity; address: string }> {
    const now = this.clock.now();
    const found = await this.tokens.findUsable(manager, purpose, sha256(token), now);
    if (!found) throw invalid();
    const [user] = await this.users.findManyActive(manager, [found.userId]);
    const addressStillHolds = purpose === 'change-email' || found.newEmail === user?.email;
    if (!user || !addressStillHolds || !(await this.tokens.use(manager, found.id, now))) throw invalid();
    return { user, address: found.newEmail ?? user.email! };
  }
}
