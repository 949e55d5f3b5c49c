import { z } from 'zod';
import { ReviewSubmissionDto } from './judging.js';
import { LeaderboardSnapshotKind } from './leaderboards.js';

const id = z.uuid({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be an id (UUID)') });

/** A juror's verdict on the pair they were offered: `winnerId` is the better project. */
export const PairwiseVoteInput = z
  .strictObject({ winnerId: id, loserId: id })
  .refine((vote) => vote.winnerId.toLowerCase() !== vote.loserId.toLowerCase(), {
    path: ['loserId'],
    message: 'must be another project than winnerId',
  });
export type PairwiseVoteInput = z.infer<typeof PairwiseVoteInput>;

/** A juror passes on one project of the offered pair (team absent, cannot judge it…). */
export const PairwiseSkipInput = z.strictObject({ submissionId: id });
export type PairwiseSkipInput = z.infer<typeof PairwiseSkipInput>;

/** `anchor`: the project the juror is standing at; the pair then contains it. */
export const PairwiseNextQuery = z.strictObject({ anchor: id.optional() });
export type PairwiseNextQuery = z.infer<typeof PairwiseNextQuery>;

/** What a juror sees of a project to compare it: the same as to score it. */
export const PairwiseSubmissionDto = ReviewSubmissionDto;
export type PairwiseSubmissionDto = ReviewSubmissionDto;

/** The next two projects to compare; the juror is answered 204 when nothing is left. */
export const PairwisePairDto = z.object({
  a: PairwiseSubmissionDto,
  b: PairwiseSubmissionDto,
  /** Pairs this juror has judged in the round so far (skips not counted). */
  judged: z.number().int(),
});
export type PairwisePairDto = z.infer<typeof PairwisePairDto>;

/** A stored vote (winner and loser) or skip (skipped only); `sequence` orders the replay of the round. */
export const PairwiseRecordDto = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  kind: z.enum(['vote', 'skip']),
  winnerId: z.uuid().nullable(),
  loserId: z.uuid().nullable(),
  skippedId: z.uuid().nullable(),
  sequence: z.number().int(),
  at: z.string(),
});
export type PairwiseRecordDto = z.infer<typeof PairwiseRecordDto>;

/** One project on a round's pairwise board: CrowdBT's belief N(mu, sigma²) about its quality. */
export const PairwiseStandingDto = z.object({
  /** Shared ranks (1, 2, 2, 4); null until the project has been compared. */
  rank: z.number().int().nullable(),
  submissionId: z.uuid(),
  title: z.string(),
  teamName: z.string(),
  mu: z.number(),
  sigma: z.number(),
  comparisons: z.number().int(),
});
export type PairwiseStandingDto = z.infer<typeof PairwiseStandingDto>;

export const PairwiseLeaderboardDto = z.object({
  roundId: z.uuid(),
  roundName: z.string(),
  method: z.literal('crowd-bt'),
  /** Votes recorded in the round (skips not counted). */
  votes: z.number().int(),
  /** Set when this is the board stored at a freeze or at publication; null for the live board. */
  snapshot: LeaderboardSnapshotKind.nullable(),
  standings: z.array(PairwiseStandingDto),
});
export type PairwiseLeaderboardDto = z.infer<typeof PairwiseLeaderboardDto>;

/** Why a juror is probably unreliable: many votes against the board on clear pairs, or a low estimate. */
export const PairwiseFlagReason = z.enum(['against-consensus', 'low-reliability']);
export type PairwiseFlagReason = z.infer<typeof PairwiseFlagReason>;

/**
 * A juror of the round as organizers see them: their votes, CrowdBT's estimate of their
 * reliability with its uncertainty, the evidence against them and whether their votes count.
 */
export const PairwiseJurorDto = z.object({
  jurorId: z.uuid(),
  displayName: z.string(),
  onPanel: z.boolean(),
  votes: z.number().int(),
  skips: z.number().int(),
  /** Reliability η ~ Beta(alpha, beta): the chance the juror reports the true order. */
  alpha: z.number(),
  beta: z.number(),
  /** alpha / (alpha + beta). */
  reliability: z.number(),
  /** Standard deviation of Beta(alpha, beta). */
  reliabilitySd: z.number(),
  /** Votes on pairs the board orders with a chance of at least 80 %. */
  clearPairs: z.number().int(),
  /** Of those, votes for the project the board puts lower. */
  againstConsensus: z.number().int(),
  /** How many of them a juror reporting the board's order would get against it by chance. */
  expectedAgainst: z.number(),
  /** Probably unreliable: the reasons, empty when not. */
  flagReasons: z.array(PairwiseFlagReason),
  /** An organizer took this juror's votes out of the round's board. */
  excluded: z.boolean(),
});
export type PairwiseJurorDto = z.infer<typeof PairwiseJurorDto>;
