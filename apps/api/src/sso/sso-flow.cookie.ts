import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Language } from '@hackboard/contracts';

/** What the browser carries from the start of a sign-in at a provider to its callback. */
export interface SsoFlow {
  providerId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  mode: 'sign-in' | 'link';
  /** For linking: the account (and its session) that started it. */
  userId: string | null;
  sessionId: string | null;
  returnTo: string;
  language: Language | null;
  expiresAt: number;
}

export const SSO_FLOW_COOKIE = 'hb_sso';
export const SSO_FLOW_COOKIE_PATH = '/api/sso';
export const SSO_FLOW_MINUTES = 10;

/**
 * The flow is kept in an httpOnly cookie signed with a key derived from APP_SECRET, so any API
 * instance can finish a sign-in another one started, with no server-side store. It holds nothing
 * the browser's owner may not see (their own PKCE verifier); the signature stops anyone changing it.
 */
export class SsoFlowCookie {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHash('sha256').update(`hackboard:sso-flow:${secret}`).digest();
  }

  seal(flow: SsoFlow): string {
    const body = Buffer.from(JSON.stringify(flow)).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The flow, or null when the cookie is missing, altered or expired. */
  open(value: string | undefined, now: Date): SsoFlow | null {
    if (!value || value.length > 4096) return null;
    const [body, mac] = value.split('.');
    if (!body || !mac) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const flow = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SsoFlow;
      return flow.expiresAt > now.getTime() ? flow : null;
    } catch {
      return null;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
