import { DomainError } from '../common/domain-error.js';

export type AccessErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'EVENT_NOT_FOUND' | 'ROLE_CONFLICT' | 'MEMBERSHIP_NOT_FOUND';

const STATUS: Record<AccessErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  EVENT_NOT_FOUND: 404,
  MEMBERSHIP_NOT_FOUND: 404,
  ROLE_CONFLICT: 409,
};

export class AccessError extends DomainError<AccessErrorCode> {
  constructor(code: AccessErrorCode, message: string) {
    super(code, STATUS[code], message);
  }
}
