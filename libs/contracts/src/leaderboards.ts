import { z } from 'zod';

const id = z.uuid({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be an id (UUID)') });

export const SCORE_NORMALIZATIONS = ['raw', 'normalized'] as const;
/** `raw`: mean of the jurors' weighted totals. `normalized`: per-juror z-score normalization first. */
export const ScoreNormalization = z.enum(SCORE_NORMALIZATIONS);
export type ScoreNormalization = z.infer<typeof ScoreNormalization>;

/**
 * Which board: without parameters the event's (the final's once it has scores, otherwise every
 * heat together); `challengeId`: that challenge's heat; `roundId`: that round.
 */
export const LeaderboardQuery = z
  .strictObject({ challengeId: id.optional(), roundId: id.optional() })
  .refine((query) => !(query.challengeId && query.roundId), {
    path: ['roundId'],
    message: 'give either challengeId or roundId, not both',
  });
export type LeaderboardQuery = z.infer<typeof LeaderboardQuery>;

export const LeaderboardStandingDto = z.object({
  /** Shared ranks (1, 2, 2, 4); null without a complete review. */
  rank: z.number().int().nullable(),
  submissionId: z.uuid(),
  title: z.string(),
  teamName: z.string(),
  challengeId: z.uuid().nullable(),
  /** On the board's scale; null without a complete review. */
  score: z.number().nullable(),
  /** Complete reviews: the ones that count. */
  reviews: z.number().int(),
  /** Reviews still missing a criterion: shown, never counted. */
  incompleteReviews: z.number().int(),
});
export type LeaderboardStandingDto = z.infer<typeof LeaderboardStandingDto>;

export const LEADERBOARD_SOURCES = ['final', 'heats', 'round'] as const;

/** A stored board: taken at a freeze, or at publication. */
export const LeaderboardSnapshotKind = z.enum(['frozen', 'published']);
export type LeaderboardSnapshotKind = z.infer<typeof LeaderboardSnapshotKind>;

export const LeaderboardDto = z.object({
  eventId: z.uuid(),
  /** The round of a round's board (a heat, or the final); null for all heats together. */
  roundId: z.uuid().nullable(),
  challengeId: z.uuid().nullable(),
  /** `final` and `heats` are the two forms of the event board; `round` is one round's board. */
  source: z.enum(LEADERBOARD_SOURCES),
  /** The event's leaderboard version the board reflects; it only grows. */
  version: z.number().int(),
  method: ScoreNormalization,
  scale: z.object({ min: z.number(), max: z.number() }),
  generatedAt: z.iso.datetime(),
  /** Set when this is a stored snapshot (taken at a freeze or at publication). */
  snapshot: LeaderboardSnapshotKind.nullable(),
  standings: z.array(LeaderboardStandingDto),
});
export type LeaderboardDto = z.infer<typeof LeaderboardDto>;

export const ExplanationQuery = LeaderboardQuery;
export type ExplanationQuery = z.infer<typeof ExplanationQuery>;

const spread = z.object({ count: z.number().int(), mean: z.number(), standardDeviation: z.number() });

/** Why a submission has its score: per criterion and per juror (anonymised outside the organizer view). */
export const ExplanationDto = z.object({
  eventId: z.uuid(),
  roundId: z.uuid().nullable(),
  submissionId: z.uuid(),
  title: z.string(),
  teamName: z.string(),
  method: ScoreNormalization,
  scale: z.object({ min: z.number(), max: z.number() }),
  score: z.number().nullable(),
  reviews: z.number().int(),
  incompleteReviews: z.number().int(),
  criteria: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      weight: z.number(),
      /** weight / sum of weights; in raw mode score = Σ weightShare × meanOnScale. */
      weightShare: z.number(),
      scaleMin: z.number(),
      scaleMax: z.number(),
      mean: z.number().nullable(),
      meanOnScale: z.number().nullable(),
    }),
  ),
  jurors: z.array(
    z.object({
      /** "Juror 1", "Juror 2" … numbered the same way across the board, or the juror's name for organizers. */
      juror: z.string(),
      jurorNumber: z.number().int(),
      /** Only in the organizer view. */
      jurorId: z.uuid().nullable(),
      complete: z.boolean(),
      values: z.record(z.string(), z.number().nullable()),
      rawTotal: z.number().nullable(),
      normalizedTotal: z.number().nullable(),
      normalization: z.enum(['applied', 'too-few-reviews', 'zero-spread']).nullable(),
      jurorStats: spread.nullable(),
    }),
  ),
  /** In normalized mode: mean (M) and spread (SD) of all complete totals of the board. */
  overall: spread.nullable(),
});
export type ExplanationDto = z.infer<typeof ExplanationDto>;

/** Where the boards stand: what the public sees, since when. */
export const LeaderboardStatusDto = z.object({
  eventId: z.uuid(),
  version: z.number().int(),
  frozenAt: z.iso.datetime().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  /** Boards stored by this action (0 for an unfreeze). */
  snapshots: z.number().int(),
});
export type LeaderboardStatusDto = z.infer<typeof LeaderboardStatusDto>;

/**
 * Publishing while submitted projects are in no round is refused (409 UNJUDGED_PROJECTS, whose
 * `fields` map each such submission's id to its title) unless the organizer confirms it.
 */
export const PublishInput = z.object({ confirmUnjudged: z.boolean().optional() }).strict().optional();
export type PublishInput = z.infer<typeof PublishInput>;

export const ResultsExportDto = z.object({
  event: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  generatedAt: z.iso.datetime(),
  /** The event board first, then every round's board. */
  boards: z.array(LeaderboardDto),
});
export type ResultsExportDto = z.infer<typeof ResultsExportDto>;

export const ScoreExportRowDto = z.object({
  roundId: z.uuid(),
  roundName: z.string(),
  jurorId: z.uuid(),
  jurorName: z.string(),
  submissionId: z.uuid(),
  submissionTitle: z.string(),
  teamName: z.string(),
  criterionKey: z.string(),
  value: z.number(),
  updatedAt: z.iso.datetime(),
});
export type ScoreExportRowDto = z.infer<typeof ScoreExportRowDto>;

export const ScoresExportDto = z.object({
  event: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  generatedAt: z.iso.datetime(),
  scores: z.array(ScoreExportRowDto),
  comments: z.array(
    z.object({
      roundId: z.uuid(),
      jurorId: z.uuid(),
      jurorName: z.string(),
      submissionId: z.uuid(),
      comment: z.string(),
      updatedAt: z.iso.datetime(),
    }),
  ),
});
export type ScoresExportDto = z.infer<typeof ScoresExportDto>;
