import type { SsoErrorCode as SignInErrorCode } from '@hackboard/contracts';
import { DomainError } from '../common/domain-error.js';

export type SsoErrorCode =
  | SignInErrorCode
  | 'SSO_PROVIDER_ALREADY_LINKED'
  | 'SSO_IDENTITY_NOT_FOUND'
  | 'SSO_LAST_SIGN_IN_METHOD'
  | 'SSO_REQUIRED'
  | 'SSO_RECENT_SIGN_IN_REQUIRED';

const STATUS: Record<SsoErrorCode, number> = {
  SSO_PROVIDER_UNKNOWN: 404,
  SSO_PROVIDER_UNAVAILABLE: 503,
  SSO_CANCELLED: 400,
  SSO_STATE_MISMATCH: 400,
  SSO_CODE_REJECTED: 400,
  SSO_TOKEN_INVALID: 400,
  SSO_EMAIL_MISSING: 400,
  SSO_EMAIL_NOT_VERIFIED: 403,
  SSO_EMAIL_DOMAIN_NOT_ALLOWED: 403,
  SSO_IDENTITY_LINKED_ELSEWHERE: 409,
  SSO_LINK_SESSION_CHANGED: 403,
  SSO_ACCOUNT_UNAVAILABLE: 403,
  SSO_FAILED: 502,
  SSO_PROVIDER_ALREADY_LINKED: 409,
  SSO_IDENTITY_NOT_FOUND: 404,
  SSO_LAST_SIGN_IN_METHOD: 409,
  SSO_REQUIRED: 403,
  SSO_RECENT_SIGN_IN_REQUIRED: 403,
};

/**
 * Single sign-on refusals. The browser-facing callback turns the sign-in codes (`SsoErrorCode` in
 * the contracts) into a redirect to the web app's problem page; the JSON endpoints answer them.
 */
export class SsoError extends DomainError<SsoErrorCode> {
  constructor(code: SsoErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
