import { DomainError } from '../common/domain-error.js';

export type AuthErrorCode = 'INVALID_CREDENTIALS' | 'EMAIL_TAKEN' | 'SESSION_EXPIRED' | 'UNAUTHENTICATED';

const STATUS: Record<AuthErrorCode, number> = {
  INVALID_CREDENTIALS: 401,
  EMAIL_TAKEN: 409,
  SESSION_EXPIRED: 401,
  UNAUTHENTICATED: 401,
};

export class AuthError extends DomainError<AuthErrorCode> {
  constructor(code: AuthErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
