import { DomainError } from '../common/domain-error.js';

export type RateLimitErrorCode = 'TOO_MANY_ATTEMPTS' | 'TOO_MANY_WRITES';

const MESSAGES: Record<RateLimitErrorCode, string> = {
  TOO_MANY_ATTEMPTS: 'Too many attempts. Wait a while and try again.',
  TOO_MANY_WRITES: 'That was a lot of changes in a short time. Wait a moment and try again; nothing was lost.',
};

/** 429; the guard that throws it has set `Retry-After` on the answer. */
export class RateLimitError extends DomainError<RateLimitErrorCode> {
  constructor(
    code: RateLimitErrorCode,
    readonly retryAfterSeconds: number,
  ) {
    super(code, 429, MESSAGES[code]);
  }
}
