import type { CookieOptions, Response } from 'express';
import { ACCESS_COOKIE, ACCESS_TOKEN_SECONDS, REFRESH_COOKIE, REFRESH_COOKIE_PATH } from './auth.tokens.js';
import type { IssuedTokens } from './auth.service.js';

/**
 * httpOnly keeps the tokens away from scripts (an XSS cannot read them); SameSite=Lax keeps other
 * sites from sending them with a form post; Secure in production keeps them off plain HTTP.
 */
function base(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure };
}

export function setAuthCookies(response: Response, tokens: IssuedTokens, secure: boolean): void {
  response.cookie(ACCESS_COOKIE, tokens.accessToken, {
    ...base(secure),
    path: '/',
    maxAge: ACCESS_TOKEN_SECONDS * 1000,
  });
  response.cookie(REFRESH_COOKIE, tokens.refreshToken, {
    ...base(secure),
    path: REFRESH_COOKIE_PATH,
    expires: tokens.refreshExpiresAt,
  });
}

export function clearAuthCookies(response: Response, secure: boolean): void {
  response.clearCookie(ACCESS_COOKIE, { ...base(secure), path: '/' });
  response.clearCookie(REFRESH_COOKIE, { ...base(secure), path: REFRESH_COOKIE_PATH });
}
