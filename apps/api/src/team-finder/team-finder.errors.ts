import { DomainError } from '../common/domain-error.js';

export type TeamFinderErrorCode =
  | 'TEAM_NOT_FOUND'
  | 'PERSON_NOT_FOUND'
  | 'REQUEST_NOT_FOUND'
  | 'NOT_A_MEMBER'
  | 'NOT_YOURS_TO_DECIDE'
  | 'REQUEST_CLOSED'
  | 'REQUEST_PENDING'
  | 'ALREADY_IN_TEAM'
  | 'TEAM_FULL'
  | 'DEADLINE_PASSED';

const STATUS: Record<TeamFinderErrorCode, number> = {
  TEAM_NOT_FOUND: 404,
  PERSON_NOT_FOUND: 404,
  REQUEST_NOT_FOUND: 404,
  NOT_A_MEMBER: 403,
  NOT_YOURS_TO_DECIDE: 403,
  REQUEST_CLOSED: 409,
  REQUEST_PENDING: 409,
  ALREADY_IN_TEAM: 409,
  TEAM_FULL: 409,
  DEADLINE_PASSED: 409,
};

export class TeamFinderError extends DomainError<TeamFinderErrorCode> {
  constructor(code: TeamFinderErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
