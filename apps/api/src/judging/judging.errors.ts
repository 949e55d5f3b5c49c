import { DomainError } from '../common/domain-error.js';

export type JudgingErrorCode =
  | 'ROUND_NOT_FOUND'
  | 'CRITERION_NOT_FOUND'
  | 'SUBMISSION_NOT_FOUND'
  | 'ENTRY_NOT_FOUND'
  | 'ASSIGNMENT_NOT_FOUND'
  | 'CONFLICT_NOT_FOUND'
  | 'FORBIDDEN'
  | 'NOT_YOUR_CHALLENGE'
  | 'RUBRIC_LOCKED'
  | 'RUBRIC_FULL'
  | 'CRITERION_KEY_TAKEN'
  | 'RESULTS_PUBLISHED'
  | 'ROUND_LOCKED'
  | 'ROUND_NOT_LOCKED'
  | 'HEAT_EXISTS'
  | 'FINAL_EXISTS'
  | 'NOT_A_HEAT'
  | 'NOT_A_FINAL'
  | 'SCORING_STARTED'
  | 'NOT_ON_PANEL'
  | 'JUROR_HAS_SCORES'
  | 'ALREADY_ASSIGNED'
  | 'CONFLICT_OF_INTEREST'
  | 'CONFLICT_ALREADY_DECLARED';

const STATUS: Record<JudgingErrorCode, number> = {
  ROUND_NOT_FOUND: 404,
  CRITERION_NOT_FOUND: 404,
  SUBMISSION_NOT_FOUND: 404,
  ENTRY_NOT_FOUND: 404,
  ASSIGNMENT_NOT_FOUND: 404,
  CONFLICT_NOT_FOUND: 404,
  FORBIDDEN: 403,
  NOT_YOUR_CHALLENGE: 403,
  RUBRIC_LOCKED: 409,
  RUBRIC_FULL: 409,
  CRITERION_KEY_TAKEN: 409,
  RESULTS_PUBLISHED: 409,
  ROUND_LOCKED: 409,
  ROUND_NOT_LOCKED: 409,
  HEAT_EXISTS: 409,
  FINAL_EXISTS: 409,
  NOT_A_HEAT: 409,
  NOT_A_FINAL: 409,
  SCORING_STARTED: 409,
  NOT_ON_PANEL: 409,
  JUROR_HAS_SCORES: 409,
  ALREADY_ASSIGNED: 409,
  CONFLICT_OF_INTEREST: 409,
  CONFLICT_ALREADY_DECLARED: 409,
};

export class JudgingError extends DomainError<JudgingErrorCode> {
  constructor(code: JudgingErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}

export const roundNotFound = () => new JudgingError('ROUND_NOT_FOUND', 'This event has no such round.');

export const roundLocked = () =>
  new JudgingError('ROUND_LOCKED', 'This round is locked: nothing in it changes until an organizer unlocks it.');
