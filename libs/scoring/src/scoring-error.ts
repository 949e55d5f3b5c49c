export type ScoringErrorCode =
  | 'INVALID_RUBRIC'
  | 'INVALID_SCALE'
  | 'UNKNOWN_SUBMISSION'
  | 'UNKNOWN_CRITERION'
  | 'VALUE_OUT_OF_RANGE'
  | 'INVALID_VOTES'
  | 'SUBMISSION_HAS_SCORES'
  | 'UNKNOWN_ITEM'
  | 'INVALID_VOTE'
  | 'INVALID_PARAMETER';

/**
 * Thrown for input the judging maths cannot accept. The code is stable; the API maps it to a 4xx
 * answer (the library itself knows nothing of HTTP).
 */
export class ScoringError extends Error {
  constructor(
    readonly code: ScoringErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ScoringError';
  }
}
