import { createHash, randomBytes } from 'node:crypto';
import type { LoginInput, MeDto, UpdateProfileInput } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { AccessService } from '../access/access.service.js';
import { UsersService } from '../users/users.service.js';
import { AuthError } from './auth.errors.js';
import { type AccessTokenPayload, ACCESS_TOKEN_SECONDS, type AuthUser, REFRESH_TOKEN_DAYS } from './auth.tokens.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionsRepository } from './sessions.repository.js';
import { retryIfUnavailable } from '../database/unavailable.js';

/** A session that began with a sign-in at an OpenID Connect provider: which one, and when. */
export interface SsoSignIn {
  providerId: string;
  signedInAt: Date;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** The user for a correct email and password; the same answer and about the same time for every wrong pair. */
  async verifyCredentials(input: LoginInput): Promise<string> {
    const user = await this.users.findByEmail(input.email);
    const valid = await this.hasher.verify(input.password, user?.passwordHash);
    if (!user || !valid) throw new AuthError('INVALID_CREDENTIALS', 'The email or the password is wrong.');
    return user.id;
  }

  /** `sso`: the OpenID Connect sign-in the session began with, null for a password. */
  async startSession(userId: string, sso: SsoSignIn | null = null): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(this.clock.now().getTime() + REFRESH_TOKEN_DAYS * 86_400_000);
    const session = await this.sessions.insert({
      userId,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshExpiresAt,
      ssoProviderId: sso?.providerId ?? null,
      ssoSignedInAt: sso?.signedInAt ?? null,
    });
    return { accessToken: await this.signAccess({ sub: userId, sid: session.id }), refreshToken, refreshExpiresAt };
  }

  /** Trades a refresh token for new tokens; each refresh token works once (rotation). */
  async refresh(refreshToken: string | undefined): Promise<IssuedTokens> {
    const now = this.clock.now();
    const session = refreshToken ? await this.sessions.findUsable(sha256(refreshToken), now) : null;
    if (!session || !(await this.sessions.revoke(session.id, now))) {
      throw new AuthError('SESSION_EXPIRED', 'Your session has ended. Sign in again.');
    }
    if (!(await this.users.findActive(session.userId)))
      throw new AuthError('SESSION_EXPIRED', 'Your session has ended.');
    const sso =
      session.ssoProviderId && session.ssoSignedInAt
        ? { providerId: session.ssoProviderId, signedInAt: session.ssoSignedInAt }
        : null;
    return this.startSession(session.userId, sso);
  }

  async logout(user: AuthUser | null, refreshToken: string | undefined): Promise<void> {
    const now = this.clock.now();
    if (user) await this.sessions.revoke(user.sessionId, now);
    const session = refreshToken ? await this.sessions.findUsable(sha256(refreshToken), now) : null;
    if (session) await this.sessions.revoke(session.id, now);
  }

  /** Signs the user out everywhere: used when the account is erased. */
  endAllSessions(manager: EntityManager, userId: string): Promise<void> {
    return this.sessions.deleteAllOf(manager, userId);
  }

  /** The OpenID Connect sign-in a session began with, or null (a password, or no such session). */
  async ssoSignInOf(sessionId: string): Promise<SsoSignIn | null> {
    const session = await this.sessions.findById(sessionId);
    return session?.ssoProviderId && session.ssoSignedInAt
      ? { providerId: session.ssoProviderId, signedInAt: session.ssoSignedInAt }
      : null;
  }

  async hasPassword(userId: string): Promise<boolean> {
    return Boolean((await this.users.findActive(userId))?.passwordHash);
  }

  /** Checks a signed-in user's password again before something irreversible. */
  async confirmPassword(userId: string, password: string): Promise<boolean> {
    const user = await this.users.findActive(userId);
    return this.hasher.verify(password, user?.passwordHash);
  }

  /** Called for every request with an access token: the session must still be open and the user not erased. */
  async userForToken(payload: AccessTokenPayload): Promise<AuthUser | null> {
    // Checked on every request before anything else: a dropped connection gets one more try.
    const [user, open] = await retryIfUnavailable(() =>
      Promise.all([
        this.users.findActive(payload.sub),
        this.sessions.isUsable(payload.sid, payload.sub, this.clock.now()),
      ]),
    );
    return user && open ? { id: user.id, sessionId: payload.sid, isAdmin: user.isAdmin } : null;
  }

  /** For sockets: the user behind an access token, or null when it is invalid, expired or signed out. */
  async userForAccessToken(token: string): Promise<AuthUser | null> {
    try {
      return await this.userForToken(await this.jwt.verifyAsync<AccessTokenPayload>(token, { algorithms: ['HS256'] }));
    } catch {
      return null;
    }
  }

  async me(userId: string): Promise<MeDto> {
    const user = await this.users.findActive(userId);
    if (!user) throw new AuthError('UNAUTHENTICATED', 'Sign in to do this.');
    return {
      id: user.id,
      email: user.email ?? '',
      emailVerified: user.emailVerifiedAt !== null,
      displayName: user.displayName,
      language: user.language,
      isAdmin: user.isAdmin,
      memberships: await this.access.membershipsOf(user.id),
    };
  }

  async updateProfile(userId: string, input: UpdateProfileInput): Promise<MeDto> {
    await this.users.updateProfile(userId, input);
    return this.me(userId);
  }

  private signAccess(payload: AccessTokenPayload): Promise<string> {
    return this.jwt.signAsync(payload, { expiresIn: ACCESS_TOKEN_SECONDS });
  }
}
