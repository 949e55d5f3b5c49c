import { DomainError } from '../common/domain-error.js';

export type PairwiseErrorCode =
  | 'NOT_PAIRWISE'
  | 'NOT_ON_PANEL'
  | 'NOT_JUDGING_PHASE'
  | 'ROUND_LOCKED'
  | 'SUBMISSION_NOT_FOUND'
  | 'CONFLICT_OF_INTEREST'
  | 'PAIR_NOT_OFFERED'
  | 'JUROR_NOT_FOUND'
  | 'BUSY';

const STATUS: Record<PairwiseErrorCode, number> = {
  NOT_PAIRWISE: 409,
  NOT_ON_PANEL: 403,
  NOT_JUDGING_PHASE: 409,
  ROUND_LOCKED: 409,
  SUBMISSION_NOT_FOUND: 404,
  CONFLICT_OF_INTEREST: 403,
  PAIR_NOT_OFFERED: 409,
  JUROR_NOT_FOUND: 404,
  BUSY: 503,
};

export class PairwiseError extends DomainError<PairwiseErrorCode> {
  constructor(code: PairwiseErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
