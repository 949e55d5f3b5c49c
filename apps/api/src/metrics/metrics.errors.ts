import { DomainError } from '../common/domain-error.js';

export type MetricsErrorCode = 'METRICS_DISABLED' | 'METRICS_TOKEN_REQUIRED' | 'METRICS_INTERNAL_ONLY';

const STATUS: Record<MetricsErrorCode, number> = {
  // Answered like any unknown path, so a disabled endpoint does not announce itself.
  METRICS_DISABLED: 404,
  METRICS_TOKEN_REQUIRED: 401,
  METRICS_INTERNAL_ONLY: 403,
};

export class MetricsError extends DomainError<MetricsErrorCode> {
  constructor(code: MetricsErrorCode, message: string) {
    super(code, STATUS[code], message);
  }
}
