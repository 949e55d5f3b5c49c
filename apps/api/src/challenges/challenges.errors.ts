import { DomainError } from '../common/domain-error.js';

export type ChallengeErrorCode =
  | 'CHALLENGE_NOT_FOUND'
  | 'ORGANIZATION_REQUIRED'
  | 'ORGANIZATION_NOT_FOUND'
  | 'NOT_YOUR_ORGANIZATION'
  | 'NOT_YOUR_CHALLENGE'
  | 'DATASET_NOT_FOUND'
  | 'DEADLINE_PASSED'
  | 'HAS_SUBMISSIONS';

const STATUS: Record<ChallengeErrorCode, number> = {
  CHALLENGE_NOT_FOUND: 404,
  ORGANIZATION_REQUIRED: 400,
  ORGANIZATION_NOT_FOUND: 404,
  NOT_YOUR_ORGANIZATION: 403,
  NOT_YOUR_CHALLENGE: 403,
  DATASET_NOT_FOUND: 400,
  DEADLINE_PASSED: 409,
  HAS_SUBMISSIONS: 409,
};

export class ChallengeError extends DomainError<ChallengeErrorCode> {
  constructor(code: ChallengeErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
