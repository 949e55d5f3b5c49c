import { DomainError } from '../common/domain-error.js';

export type LeaderboardErrorCode =
  | 'LEADERBOARD_HIDDEN'
  | 'LEADERBOARD_FROZEN'
  | 'LEADERBOARD_NOT_FOUND'
  | 'SUBMISSION_NOT_ON_BOARD'
  | 'ALREADY_FROZEN'
  | 'NOT_FROZEN'
  | 'ALREADY_PUBLISHED'
  | 'JUDGING_NOT_OVER'
  | 'UNJUDGED_PROJECTS';

const STATUS: Record<LeaderboardErrorCode, number> = {
  LEADERBOARD_HIDDEN: 403,
  LEADERBOARD_FROZEN: 403,
  LEADERBOARD_NOT_FOUND: 404,
  SUBMISSION_NOT_ON_BOARD: 404,
  ALREADY_FROZEN: 409,
  NOT_FROZEN: 409,
  ALREADY_PUBLISHED: 409,
  JUDGING_NOT_OVER: 409,
  UNJUDGED_PROJECTS: 409,
};

export class LeaderboardError extends DomainError<LeaderboardErrorCode> {
  constructor(code: LeaderboardErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
