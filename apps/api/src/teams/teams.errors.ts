import { DomainError } from '../common/domain-error.js';

export type TeamErrorCode =
  | 'TEAM_NOT_FOUND'
  | 'NOT_IN_TEAM'
  | 'INVITE_CODE_INVALID'
  | 'ALREADY_IN_TEAM'
  | 'TEAM_FULL'
  | 'TEAM_NAME_TAKEN'
  | 'NOT_A_MEMBER'
  | 'NOT_CAPTAIN'
  | 'MEMBER_NOT_FOUND'
  | 'DEADLINE_PASSED';

const STATUS: Record<TeamErrorCode, number> = {
  TEAM_NOT_FOUND: 404,
  NOT_IN_TEAM: 404,
  INVITE_CODE_INVALID: 404,
  ALREADY_IN_TEAM: 409,
  TEAM_FULL: 409,
  TEAM_NAME_TAKEN: 409,
  NOT_A_MEMBER: 403,
  NOT_CAPTAIN: 403,
  MEMBER_NOT_FOUND: 404,
  DEADLINE_PASSED: 409,
};

export class TeamError extends DomainError<TeamErrorCode> {
  constructor(code: TeamErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
