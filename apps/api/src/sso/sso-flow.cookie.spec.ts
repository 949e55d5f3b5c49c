import { type SsoFlow, SsoFlowCookie } from './sso-flow.cookie.js';

const now = new Date('2026-05-20T10:00:00Z');
const flow: SsoFlow = {
  providerId: 'agency',
  state: 'state',
  nonce: 'nonce',
  codeVerifier: 'verifier',
  mode: 'sign-in',
  userId: null,
  sessionId: null,
  returnTo: '/events',
  language: 'sv',
  expiresAt: now.getTime() + 600_000,
};

describe('the sign-in flow cookie', () => {
  const cookies = new SsoFlowCookie('a secret of at least thirty-two characters');

  it('gives back what it sealed until it expires', () => {
    const sealed = cookies.seal(flow);
    expect(cookies.open(sealed, now)).toEqual(flow);
    expect(cookies.open(sealed, new Date(flow.expiresAt))).toBeNull();
  });

  it('refuses a changed cookie, one sealed with another secret, and garbage', () => {
    const sealed = cookies.seal(flow);
    const [body, mac] = sealed.split('.') as [string, string];
    const changed = Buffer.from(JSON.stringify({ ...flow, returnTo: '//evil.example' })).toString('base64url');
    expect(cookies.open(`${changed}.${mac}`, now)).toBeNull();
    expect(cookies.open(`${body}.${mac.slice(1)}`, now)).toBeNull();
    expect(new SsoFlowCookie('another secret of thirty-two characters!').open(sealed, now)).toBeNull();
    for (const garbage of [undefined, '', 'no-dot', '.', 'x'.repeat(5000)])
      expect(cookies.open(garbage, now)).toBeNull();
  });
});
