import { DomainError } from '../common/domain-error.js';

export type SubmissionErrorCode =
  | 'SUBMISSION_NOT_FOUND'
  | 'CHALLENGE_NOT_FOUND'
  | 'NOT_IN_TEAM'
  | 'SUBMISSION_EXISTS'
  | 'DEADLINE_PASSED'
  | 'VERSION_CONFLICT'
  | 'CATALOGUE_DATASET_REQUIRED'
  | 'ALREADY_SUBMITTED'
  | 'NOT_SUBMITTED';

const STATUS: Record<SubmissionErrorCode, number> = {
  SUBMISSION_NOT_FOUND: 404,
  CHALLENGE_NOT_FOUND: 404,
  NOT_IN_TEAM: 403,
  SUBMISSION_EXISTS: 409,
  DEADLINE_PASSED: 409,
  VERSION_CONFLICT: 409,
  CATALOGUE_DATASET_REQUIRED: 409,
  ALREADY_SUBMITTED: 409,
  NOT_SUBMITTED: 409,
};

export class SubmissionError extends DomainError<SubmissionErrorCode> {
  constructor(code: SubmissionErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
