import { createServer } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

/**
 * A real OpenID Provider (the `oidc-provider` package) on a local port, with its development
 * sign-in and consent pages: any login with any password signs in as `accounts[login]`.
 * `clients` maps a client id to the platform's callback address for it.
 */
export async function startOidcProvider({ clients, postLogoutRedirectUris = [], accounts = {} }) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'e2e-signing-key', alg: 'RS256', use: 'sig' };
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const clientSecret = 'an-e2e-client-secret-of-some-length';
  const warn = console.warn;
  // It warns that its development pages are on: that is what the journey wants.
  console.warn = () => undefined;
  let provider;
  try {
    provider = new Provider(issuer, {
      clients: Object.entries(clients).map(([clientId, redirectUri]) => ({
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: postLogoutRedirectUris,
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      })),
      jwks: { keys: [jwk] },
      cookies: { keys: ['an-e2e-provider-cookie-key'] },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      pkce: { required: () => true },
      ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
      features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
      findAccount: (_ctx, sub) => ({
        accountId: sub,
        claims: () => {
          const account = accounts[sub] ?? {};
          return {
            sub,
            ...(account.email ? { email: account.email, email_verified: account.emailVerified ?? true } : {}),
            ...(account.name ? { name: account.name } : {}),
          };
        },
      }),
    });
  } finally {
    console.warn = warn;
  }
  server.on('request', provider.callback());
  return {
    issuer,
    clientSecret,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
