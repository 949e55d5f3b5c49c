import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/** A person at the test provider; they sign in there with their login (any password). */
export interface ProviderAccount {
  email?: string;
  emailVerified?: boolean;
  name?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, ProviderAccount>;
  /** When set, the provider's ID tokens are re-signed with its own key after this change (a misbehaving provider). */
  tamperIdToken: ((claims: Record<string, unknown>) => Record<string, unknown>) | null;
  close(): Promise<void>;
}

/**
 * A real OpenID Provider (the certified `oidc-provider` package) on a local port, with one
 * confidential test client, PKCE required, RP-initiated logout and its development sign-in and
 * consent pages: any login with any password signs in as `accounts.get(login)`.
 */
export async function startOidcProvider(options: {
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  clientId?: string;
}): Promise<TestOidcProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'test-signing-key', alg: 'RS256', use: 'sig' };
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = options.clientId ?? 'hackboard';
  const clientSecret = 'a-test-client-secret-of-some-length';
  const accounts = new Map<string, ProviderAccount>();

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['a-test-provider-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: (_ctx: KoaContextWithOIDC, sub: string) => ({
      accountId: sub,
      claims: () => {
        const account = accounts.get(sub) ?? {};
        return {
          sub,
          ...(account.email ? { email: account.email, email_verified: account.emailVerified ?? true } : {}),
          ...(account.name ? { name: account.name } : {}),
        };
      },
    }),
  };
  // The provider warns that its development sign-in pages are on: that is what the tests want.
  const warn = console.warn;
  console.warn = () => undefined;
  let provider: Provider;
  try {
    provider = new Provider(issuer, configuration);
  } finally {
    console.warn = warn;
  }
  const handle: TestOidcProvider = {
    issuer,
    clientId,
    clientSecret,
    accounts,
    tamperIdToken: null,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && handle.tamperIdToken && body?.id_token) {
      const claims = handle.tamperIdToken(decodeJwt(body.id_token) as Record<string, unknown>);
      body.id_token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: jwk.kid }).sign(privateKey);
    }
  });
  server.on('request', provider.callback());
  server.on('connection', (socket) => socket.unref());
  return handle;
}

/**
 * A browser's side of the provider: follows its redirects with its cookies, fills in its sign-in
 * and consent pages, and stops at the first address outside the provider (the callback).
 */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly issuer: string) {}

  /** From the authorization request to the callback address, signing in as `login`. */
  async signIn(authorizationUrl: string, login: string): Promise<URL> {
    let page = await this.follow(authorizationUrl);
    for (let step = 0; step < 4; step += 1) {
      if (page instanceof URL) return page;
      const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(page.html);
      if (!form) throw new Error(`the provider showed no form: ${page.html.slice(0, 500)}`);
      const prompt = /name="prompt" value="(\w+)"/.exec(form[2]!)?.[1];
      const fields: Record<string, string> =
        prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt: prompt ?? 'consent' };
      page = await this.follow(decodeEntities(form[1]!), new URLSearchParams(fields));
    }
    throw new Error('the provider did not send the browser back');
  }

  /** Like a person pressing "Cancel" on the provider's sign-in page. */
  async cancel(authorizationUrl: string): Promise<URL> {
    const page = await this.follow(authorizationUrl);
    if (page instanceof URL) throw new Error('the provider did not ask for a sign-in');
    const abort = /href="([^"]*\/abort)"/.exec(page.html);
    if (!abort) throw new Error('the provider offered no way to cancel');
    const result = await this.follow(new URL(decodeEntities(abort[1]!), this.issuer).toString());
    if (!(result instanceof URL)) throw new Error('cancelling did not send the browser back');
    return result;
  }

  private async follow(url: string, form?: URLSearchParams): Promise<URL | { html: string }> {
    let next = new URL(url, this.issuer);
    let body = form;
    for (let hop = 0; hop < 10; hop += 1) {
      if (next.origin !== new URL(this.issuer).origin) return next;
      const response = await fetch(next, {
        method: body ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: body?.toString(),
      });
      for (const header of response.headers.getSetCookie()) {
        const [pair] = header.split(';');
        const [name, ...value] = pair!.split('=');
        this.cookies.set(name!.trim(), value.join('='));
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        next = new URL(location, next);
        body = undefined;
        continue;
      }
      if (response.status !== 200)
        throw new Error(`the provider answered ${response.status}: ${await response.text()}`);
      return { html: await response.text() };
    }
    throw new Error('too many redirects at the provider');
  }
}

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#x2F;/g, '/')
    .replace(/&#x3D;/g, '=');
