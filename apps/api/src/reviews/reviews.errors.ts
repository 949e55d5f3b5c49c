import { DomainError } from '../common/domain-error.js';

export type ReviewErrorCode = 'NOT_ASSIGNED' | 'CONFLICT_OF_INTEREST' | 'NOT_JUDGING' | 'NOT_RUBRIC_MODE';

const STATUS: Record<ReviewErrorCode, number> = {
  NOT_ASSIGNED: 403,
  CONFLICT_OF_INTEREST: 409,
  NOT_JUDGING: 409,
  NOT_RUBRIC_MODE: 409,
};

export class ReviewError extends DomainError<ReviewErrorCode> {
  constructor(code: ReviewErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
