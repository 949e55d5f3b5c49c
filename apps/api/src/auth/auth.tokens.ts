/** Lifetimes: a short access token limits what a stolen one is worth; the refresh token keeps people signed in. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_DAYS = 30;

export const ACCESS_COOKIE = 'hb_access';
export const REFRESH_COOKIE = 'hb_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';

/** What the access token carries: the user and the session it belongs to. */
export interface AccessTokenPayload {
  sub: string;
  sid: string;
}

/** The signed-in caller as guards, controllers and services see it. */
export interface AuthUser {
  id: string;
  sessionId: string;
  isAdmin: boolean;
}
