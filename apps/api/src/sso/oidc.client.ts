import { Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import type { OidcProviderSettings } from '../config/oidc-providers.js';
import { SsoError } from './sso.errors.js';

/** What a provider says about the person, once the ID token has been verified. */
export interface VerifiedClaims {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

const DISCOVERY_TTL_MS = 60 * 60 * 1000;
const TIMEOUT_SECONDS = 10;

/**
 * The HTTP conversation with OpenID Connect providers, through openid-client: discovery (cached
 * per provider, retried after a failure), the authorization request with PKCE, state and nonce,
 * the code exchange with the ID token's checks (signature, issuer, audience, expiry, nonce), and
 * the end-session address. Every failure becomes an SsoError with a code the user can be told.
 */
@Injectable()
export class OidcClient {
  private readonly configurations = new Map<string, { at: number; configuration: Promise<oidc.Configuration> }>();

  async authorizationRequest(provider: OidcProviderSettings, redirectUri: string): Promise<AuthorizationRequest> {
    const configuration = await this.configurationOf(provider);
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Trades the code in `callbackUrl` for tokens, verifies the ID token and reads the claims. */
  async verifiedClaims(
    provider: OidcProviderSettings,
    callbackUrl: URL,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<VerifiedClaims> {
    const configuration = await this.configurationOf(provider);
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        pkceCodeVerifier: expected.codeVerifier,
        idTokenExpected: true,
      });
    } catch (error) {
      throw codeExchangeError(error);
    }
    const idToken = tokens.claims();
    if (!idToken) throw new SsoError('SSO_TOKEN_INVALID', 'The provider sent no ID token.');
    let claims: Record<string, unknown> = idToken;
    // Providers that follow the core spec strictly put scope claims (email) at the userinfo endpoint only.
    if (typeof idToken['email'] !== 'string' && tokens.access_token) {
      try {
        claims = { ...(await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub)), ...idToken };
      } catch (error) {
        throw codeExchangeError(error);
      }
    }
    const email = typeof claims['email'] === 'string' ? claims['email'].trim().toLowerCase() : null;
    const name = typeof claims['name'] === 'string' ? claims['name'].trim() : null;
    return {
      subject: idToken.sub,
      email: email || null,
      emailVerified: claims['email_verified'] === true || claims['email_verified'] === 'true',
      name: name || null,
    };
  }

  /** The provider's sign-out address (RP-initiated logout), or null when it offers none. */
  async endSessionUrl(provider: OidcProviderSettings, postLogoutRedirectUri: string): Promise<string | null> {
    let configuration: oidc.Configuration;
    try {
      configuration = await this.configurationOf(provider);
    } catch {
      return null;
    }
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return oidc
      .buildEndSessionUrl(configuration, {
        client_id: provider.clientId,
        post_logout_redirect_uri: postLogoutRedirectUri,
      })
      .toString();
  }

  private configurationOf(provider: OidcProviderSettings): Promise<oidc.Configuration> {
    const cached = this.configurations.get(provider.id);
    if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.configuration;
    const configuration = oidc
      .discovery(
        provider.issuer,
        provider.clientId,
        provider.clientSecret,
        provider.clientSecret ? oidc.ClientSecretPost(provider.clientSecret) : oidc.None(),
        {
          timeout: TIMEOUT_SECONDS,
          // Configuration allows http:// only for a provider on this machine (development and tests).
          execute: provider.issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
        },
      )
      .catch((error: unknown) => {
        this.configurations.delete(provider.id);
        throw new SsoError(
          'SSO_PROVIDER_UNAVAILABLE',
          `The sign-in service ${provider.name} could not be reached: ${(error as Error).message}`,
        );
      });
    this.configurations.set(provider.id, { at: Date.now(), configuration });
    return configuration;
  }
}

/** Sorts what openid-client throws during the code exchange into what the user is told. */
function codeExchangeError(error: unknown): SsoError {
  if (error instanceof SsoError) return error;
  if (error instanceof oidc.AuthorizationResponseError) {
    return error.error === 'access_denied'
      ? new SsoError('SSO_CANCELLED', 'The sign-in was cancelled at the provider.')
      : new SsoError('SSO_FAILED', `The provider refused the sign-in: ${error.error}.`);
  }
  if (error instanceof oidc.ResponseBodyError) {
    return error.error === 'invalid_grant'
      ? new SsoError('SSO_CODE_REJECTED', 'The sign-in code was not accepted: it was already used or has expired.')
      : new SsoError('SSO_FAILED', `The provider answered with an error: ${error.error}.`);
  }
  const message = (error as Error | undefined)?.message ?? String(error);
  const code = (error as { code?: unknown } | undefined)?.code;
  if (
    typeof code === 'string' &&
    /^(OAUTH_JW|OAUTH_KEY_SELECTION|ERR_JW|OAUTH_INVALID_RESPONSE|OAUTH_JSON_ATTRIBUTE)/.test(code)
  ) {
    return new SsoError('SSO_TOKEN_INVALID', `The provider's ID token was not accepted: ${message}`);
  }
  if (error instanceof TypeError || (error as Error | undefined)?.name === 'TimeoutError') {
    return new SsoError('SSO_PROVIDER_UNAVAILABLE', `The sign-in service could not be reached: ${message}`);
  }
  return new SsoError('SSO_FAILED', `The sign-in could not be completed: ${message}`);
}
