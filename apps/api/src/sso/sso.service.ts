import type {
  EventRole,
  Language,
  SignInMethodsDto,
  SsoProviderDto,
  SsoRequirementsDto,
  UpdateSsoRequirementsInput,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { EventAccess } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService, type IssuedTokens } from '../auth/auth.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import type { OidcProviderSettings } from '../config/oidc-providers.js';
import { UsersService } from '../users/users.service.js';
import type { SsoRequiredRole } from './event-sso-requirement.entity.js';
import { OidcClient, type VerifiedClaims } from './oidc.client.js';
import { SSO_FLOW_MINUTES, type SsoFlow, SsoFlowCookie } from './sso-flow.cookie.js';
import { SsoError } from './sso.errors.js';
import { SsoRepository } from './sso.repository.js';

export interface StartedFlow {
  redirectTo: string;
  flowCookie: string;
}

export interface FinishedFlow {
  /** New platform session tokens after a sign-in; null after linking (the session stays). */
  tokens: IssuedTokens | null;
  returnTo: string;
}

const SSO_ROLES: readonly SsoRequiredRole[] = ['jury', 'agency'];
const RECENT_SIGN_IN_MINUTES = 10;

/** A path inside this site to return to; anything else (another site, `//host`) becomes the start page. */
export function safeReturnPath(value: string | undefined | null): string {
  if (!value || value.length > 500 || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/';
  }
  return value;
}

/**
 * OpenID Connect single sign-on: sign-in and first sign-up through a provider, linking and
 * unlinking identities, and the events that require a provider for their jurors or challenge owners.
 *
 * openid-client is used directly rather than through its Passport strategy: that strategy needs
 * each provider discovered before it is registered (a provider down at boot would stop start-up)
 * and keeps the flow in `req.session`, which this API does not have. The outcome is the same as a
 * Passport sign-in: AuthService issues the platform's own session, as for a password.
 */
@Injectable()
export class SsoService {
  private readonly flows: SsoFlowCookie;

  constructor(
    private readonly sso: SsoRepository,
    private readonly oidc: OidcClient,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {
    this.flows = new SsoFlowCookie(config.secret);
  }

  providers(): SsoProviderDto[] {
    return this.config.sso.providers.map((provider) => ({ id: provider.id, name: provider.name }));
  }

  async startSignIn(
    providerId: string,
    redirectUri: string,
    returnTo: string | undefined,
    language: Language | null,
  ): Promise<StartedFlow> {
    return this.start(this.provider(providerId), redirectUri, {
      mode: 'sign-in',
      userId: null,
      sessionId: null,
      returnTo: safeReturnPath(returnTo),
      language,
    });
  }

  async startLink(user: AuthUser, providerId: string, redirectUri: string, returnTo: string | undefined) {
    const provider = this.provider(providerId);
    if ((await this.sso.identitiesOf(user.id)).some((identity) => identity.providerId === provider.id)) {
      throw new SsoError('SSO_PROVIDER_ALREADY_LINKED', `Your account is already linked to ${provider.name}.`);
    }
    return this.start(provider, redirectUri, {
      mode: 'link',
      userId: user.id,
      sessionId: user.sessionId,
      returnTo: safeReturnPath(returnTo ?? '/account'),
      language: null,
    });
  }

  /** The flow's cookie, if readable, says where to go back to even when the sign-in is refused. */
  returnPathOf(flowCookie: string | undefined): string | null {
    return this.flows.open(flowCookie, this.clock.now())?.returnTo ?? null;
  }

  /** Checks the provider's answer against the flow the browser started, and signs in or links. */
  async finish(providerId: string, callbackUrl: URL, flowCookie: string | undefined): Promise<FinishedFlow> {
    const provider = this.provider(providerId);
    const flow = this.flows.open(flowCookie, this.clock.now());
    if (!flow || flow.providerId !== provider.id || callbackUrl.searchParams.get('state') !== flow.state) {
      throw new SsoError(
        'SSO_STATE_MISMATCH',
        `This sign-in was not started in this browser, or took longer than ${SSO_FLOW_MINUTES} minutes.`,
      );
    }
    const error = callbackUrl.searchParams.get('error');
    if (error === 'access_denied') throw new SsoError('SSO_CANCELLED', 'The sign-in was cancelled at the provider.');
    if (error) throw new SsoError('SSO_FAILED', `The provider refused the sign-in: ${error.slice(0, 100)}.`);
    const claims = await this.oidc.verifiedClaims(provider, callbackUrl, flow);
    this.checkEmailDomain(provider, claims);
    return flow.mode === 'link' ? this.link(provider, flow, claims) : this.signIn(provider, flow, claims);
  }

  async methods(user: AuthUser): Promise<SignInMethodsDto> {
    const identities = await this.sso.identitiesOf(user.id);
    return {
      hasPassword: await this.auth.hasPassword(user.id),
      identities: identities.map((identity) => ({
        id: identity.id,
        providerId: identity.providerId,
        providerName: this.providerName(identity.providerId),
        email: identity.email,
        linkedAt: identity.createdAt.toISOString(),
        lastSignInAt: identity.lastSignInAt?.toISOString() ?? null,
      })),
    };
  }

  /** Unlinks an identity, unless it is the last way into the account. */
  async unlink(user: AuthUser, identityId: string): Promise<SignInMethodsDto> {
    const identity = await this.sso.findIdentityOf(user.id, identityId);
    if (!identity) throw new SsoError('SSO_IDENTITY_NOT_FOUND', 'Your account has no such linked sign-in.');
    const others = (await this.sso.identitiesOf(user.id)).filter((other) => other.id !== identity.id);
    if (others.length === 0 && !(await this.auth.hasPassword(user.id))) {
      throw new SsoError(
        'SSO_LAST_SIGN_IN_METHOD',
        'This is the only way to sign in to your account: link another one first.',
      );
    }
    await this.sso.deleteIdentity(user.id, identity.id);
    return this.methods(user);
  }

  /** Where to send the browser after signing out: the provider's sign-out page, if it has one. */
  async endSessionUrl(user: AuthUser | null, postLogoutRedirectUri: string): Promise<string | null> {
    const providerId = user ? (await this.auth.ssoSignInOf(user.sessionId))?.providerId : null;
    const provider = this.config.sso.providers.find((candidate) => candidate.id === providerId);
    return provider ? this.oidc.endSessionUrl(provider, postLogoutRedirectUri) : null;
  }

  async requirements(eventId: string): Promise<SsoRequirementsDto> {
    const rows = await this.sso.requirementsOf(eventId);
    const of = (role: SsoRequiredRole) => rows.find((row) => row.role === role)?.providerId ?? null;
    return { jury: of('jury'), agency: of('agency') };
  }

  async updateRequirements(
    access: EventAccess,
    user: AuthUser,
    input: UpdateSsoRequirementsInput,
  ): Promise<SsoRequirementsDto> {
    const unknown = SSO_ROLES.filter((role) => input[role] && !this.isProvider(input[role]));
    if (unknown.length > 0) {
      throw new SsoError(
        'SSO_PROVIDER_UNKNOWN',
        'Only a configured sign-in provider can be required.',
        Object.fromEntries(unknown.map((role) => [role, 'is not a configured provider'])),
      );
    }
    await this.dataSource.transaction(async (manager) => {
      for (const role of SSO_ROLES) {
        const providerId = input[role];
        if (providerId === undefined) continue;
        await this.sso.setRequirement(manager, access.event.id, role, providerId);
        await this.audit.record(manager, {
          eventId: access.event.id,
          actorId: user.id,
          action: 'sso.requirement.changed',
          targetType: 'event',
          targetId: access.event.id,
          details: { role, providerId },
        });
      }
    });
    return this.requirements(access.event.id);
  }

  /**
   * Refuses a caller acting as a juror or challenge owner of an event that requires a provider for
   * that role, unless this session was signed in through that provider.
   */
  async assertSignedInAsRequired(eventId: string, roles: readonly EventRole[], user: AuthUser): Promise<void> {
    const relevant = roles.filter((role): role is SsoRequiredRole => (SSO_ROLES as readonly string[]).includes(role));
    if (relevant.length === 0) return;
    const required = (await this.sso.requirementsOf(eventId)).filter((row) => relevant.includes(row.role));
    if (required.length === 0) return;
    const signedInWith = (await this.auth.ssoSignInOf(user.sessionId))?.providerId ?? null;
    const missing = required.find((row) => row.providerId !== signedInWith);
    if (missing) {
      const name = this.providerName(missing.providerId);
      throw new SsoError(
        'SSO_REQUIRED',
        `This event asks its ${missing.role === 'jury' ? 'jurors' : 'challenge owners'} to sign in with ${name}. Sign out and sign in with ${name}.`,
        { provider: missing.providerId },
      );
    }
  }

  /**
   * For an account without a password, what a password re-check is for one with: something
   * irreversible (erasure) needs a sign-in at a provider within the last few minutes.
   */
  async assertSignedInRecently(user: AuthUser): Promise<void> {
    const signIn = await this.auth.ssoSignInOf(user.sessionId);
    const age = signIn ? this.clock.now().getTime() - signIn.signedInAt.getTime() : Infinity;
    if (age > RECENT_SIGN_IN_MINUTES * 60_000) {
      throw new SsoError(
        'SSO_RECENT_SIGN_IN_REQUIRED',
        `Sign in again through your organization (within ${RECENT_SIGN_IN_MINUTES} minutes) to confirm this.`,
      );
    }
  }

  /** Erasure: the identities go with the account. */
  forgetUser(manager: EntityManager, userId: string): Promise<void> {
    return this.sso.deleteAllIdentitiesOf(manager, userId);
  }

  private async start(
    provider: OidcProviderSettings,
    redirectUri: string,
    flow: Pick<SsoFlow, 'mode' | 'userId' | 'sessionId' | 'returnTo' | 'language'>,
  ): Promise<StartedFlow> {
    const request = await this.oidc.authorizationRequest(provider, redirectUri);
    const flowCookie = this.flows.seal({
      ...flow,
      providerId: provider.id,
      state: request.state,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      expiresAt: this.clock.now().getTime() + SSO_FLOW_MINUTES * 60_000,
    });
    return { redirectTo: request.url.toString(), flowCookie };
  }

  private async signIn(provider: OidcProviderSettings, flow: SsoFlow, claims: VerifiedClaims): Promise<FinishedFlow> {
    const now = this.clock.now();
    const identity = await this.sso.findIdentity(provider.id, claims.subject);
    if (identity) {
      if (!(await this.users.findActive(identity.userId))) {
        throw new SsoError('SSO_ACCOUNT_UNAVAILABLE', 'The account linked to this sign-in no longer exists.');
      }
      await this.sso.recordSignIn(identity.id, {
        email: claims.email,
        emailVerified: claims.emailVerified,
        lastSignInAt: now,
      });
      return {
        tokens: await this.auth.startSession(identity.userId, { providerId: provider.id, signedInAt: now }),
        returnTo: flow.returnTo,
      };
    }
    if (!claims.email) {
      throw new SsoError('SSO_EMAIL_MISSING', `${provider.name} did not tell us your email address.`);
    }
    // An address the provider has not verified could be anyone's: it neither creates nor joins an account.
    if (!claims.emailVerified) {
      throw new SsoError(
        'SSO_EMAIL_NOT_VERIFIED',
        `${provider.name} has not verified your email address ${claims.email}, so it cannot be used to sign in here.`,
      );
    }
    const user =
      (await this.users.findByEmail(claims.email)) ??
      (await this.users.create({
        email: claims.email,
        passwordHash: null,
        displayName: (claims.name ?? claims.email.split('@')[0]!).slice(0, 100),
        language: flow.language ?? 'sv',
        emailVerifiedAt: now,
      }));
    // The provider vouches for the address, so the account needs no mailed link for it.
    if (!user.emailVerifiedAt) await this.users.markEmailVerified(user.id, now);
    await this.addIdentity(provider, user.id, claims, now);
    return {
      tokens: await this.auth.startSession(user.id, { providerId: provider.id, signedInAt: now }),
      returnTo: flow.returnTo,
    };
  }

  private async link(provider: OidcProviderSettings, flow: SsoFlow, claims: VerifiedClaims): Promise<FinishedFlow> {
    // The session that started the link must still be open: signing out in between cancels it.
    const user =
      flow.userId && flow.sessionId ? await this.auth.userForToken({ sub: flow.userId, sid: flow.sessionId }) : null;
    if (!user) {
      throw new SsoError(
        'SSO_LINK_SESSION_CHANGED',
        'You were signed out before the link was made. Sign in and try again.',
      );
    }
    const identity = await this.sso.findIdentity(provider.id, claims.subject);
    if (identity && identity.userId !== user.id) {
      throw new SsoError(
        'SSO_IDENTITY_LINKED_ELSEWHERE',
        `This ${provider.name} account is already linked to another Hackboard account.`,
      );
    }
    if (!identity) await this.addIdentity(provider, user.id, claims, this.clock.now());
    const separator = flow.returnTo.includes('?') ? '&' : '?';
    return { tokens: null, returnTo: `${flow.returnTo}${separator}linked=${provider.id}` };
  }

  private async addIdentity(provider: OidcProviderSettings, userId: string, claims: VerifiedClaims, now: Date) {
    if ((await this.sso.identitiesOf(userId)).some((identity) => identity.providerId === provider.id)) {
      throw new SsoError(
        'SSO_PROVIDER_ALREADY_LINKED',
        `This account is already linked to another ${provider.name} account.`,
      );
    }
    try {
      await this.sso.insertIdentity({
        userId,
        providerId: provider.id,
        subject: claims.subject,
        email: claims.email,
        emailVerified: claims.emailVerified,
        lastSignInAt: now,
      });
    } catch (error) {
      // Two callbacks raced for the same identity: the unique index decided.
      if (error instanceof QueryFailedError) {
        throw new SsoError('SSO_IDENTITY_LINKED_ELSEWHERE', `This ${provider.name} account is already linked.`);
      }
      throw error;
    }
  }

  private checkEmailDomain(provider: OidcProviderSettings, claims: VerifiedClaims): void {
    if (provider.emailDomains.length === 0) return;
    const domain = claims.email?.split('@')[1];
    if (!domain || !provider.emailDomains.includes(domain)) {
      throw new SsoError(
        'SSO_EMAIL_DOMAIN_NOT_ALLOWED',
        `${provider.name} sign-in is open to addresses at ${provider.emailDomains.join(', ')} only.`,
      );
    }
  }

  private provider(id: string): OidcProviderSettings {
    const provider = this.config.sso.providers.find((candidate) => candidate.id === id);
    if (!provider) throw new SsoError('SSO_PROVIDER_UNKNOWN', 'There is no such sign-in provider.');
    return provider;
  }

  private isProvider(id: string): boolean {
    return this.config.sso.providers.some((provider) => provider.id === id);
  }

  private providerName(id: string): string {
    return this.config.sso.providers.find((provider) => provider.id === id)?.name ?? id;
  }
}
