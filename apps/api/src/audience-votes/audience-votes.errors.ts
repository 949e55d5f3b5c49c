import { DomainError } from '../common/domain-error.js';

export type AudienceVoteErrorCode =
  'AUDIENCE_VOTE_OFF' | 'VOTING_CLOSED' | 'JUROR_CANNOT_VOTE' | 'SUBMISSION_NOT_FOUND' | 'OWN_TEAM';

const STATUS: Record<AudienceVoteErrorCode, number> = {
  AUDIENCE_VOTE_OFF: 409,
  VOTING_CLOSED: 409,
  JUROR_CANNOT_VOTE: 403,
  SUBMISSION_NOT_FOUND: 404,
  OWN_TEAM: 403,
};

export class AudienceVoteError extends DomainError<AudienceVoteErrorCode> {
  constructor(code: AudienceVoteErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
