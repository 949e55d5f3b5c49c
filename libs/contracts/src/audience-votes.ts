import { z } from 'zod';
import { LeaderboardSnapshotKind } from './leaderboards.js';

const id = z.uuid({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be an id (UUID)') });

/** The caller's vote in one challenge: casting again replaces it. */
export const AudienceVoteInput = z.strictObject({ submissionId: id });
export type AudienceVoteInput = z.infer<typeof AudienceVoteInput>;

/** The caller's own vote in a challenge; `submissionId` is null when they have not voted. */
export const AudienceVoteDto = z.object({
  challengeId: z.uuid(),
  submissionId: z.uuid().nullable(),
  updatedAt: z.string().nullable(),
});
export type AudienceVoteDto = z.infer<typeof AudienceVoteDto>;

/** Without `challengeId` the board covers the whole event. */
export const AudienceBoardQuery = z.strictObject({ challengeId: id.optional() });
export type AudienceBoardQuery = z.infer<typeof AudienceBoardQuery>;

export const AudienceStandingDto = z.object({
  /** Shared ranks (1, 2, 2, 4); null for a project without votes. */
  rank: z.number().int().nullable(),
  submissionId: z.uuid(),
  title: z.string(),
  teamName: z.string(),
  challenge: z.object({ id: z.uuid(), title: z.string() }),
  votes: z.number().int(),
});
export type AudienceStandingDto = z.infer<typeof AudienceStandingDto>;

/** Vote counts only: the board never tells who voted for what. */
export const AudienceBoardDto = z.object({
  challengeId: z.uuid().nullable(),
  totalVotes: z.number().int(),
  /** Set when this is the board stored at a freeze or at publication; null for the live board. */
  snapshot: LeaderboardSnapshotKind.nullable(),
  standings: z.array(AudienceStandingDto),
});
export type AudienceBoardDto = z.infer<typeof AudienceBoardDto>;
