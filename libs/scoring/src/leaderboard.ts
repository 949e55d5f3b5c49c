import type { Scale } from './rubric.js';

/** `raw`: mean of jurors' totals. `normalized`: mean of per-juror normalized totals (see normalization.ts). */
export type NormalizationMethod = 'raw' | 'normalized';

export interface SubmissionRef {
  readonly id: string;
  /** The challenge the submission answers; selects the challenge's own rubric and its leaderboard. */
  readonly challengeId?: string | null;
  /** When the submission was submitted, in milliseconds since the epoch (breaks ties: earlier first). */
  readonly submittedAt: number;
}

/** One juror's value for one criterion of one submission, on that criterion's own scale. */
export interface ScoreEntry {
  readonly jurorId: string;
  readonly submissionId: string;
  readonly criterion: string;
  readonly value: number;
}

export interface Standing {
  /** Standard competition rank (1, 2, 2, 4); null when the submission has no complete review. */
  readonly rank: number | null;
  readonly submissionId: string;
  readonly challengeId: string | null;
  /** On the leaderboard's scale; null when no review is complete. */
  readonly score: number | null;
  /** Complete reviews: the ones that count. */
  readonly reviews: number;
  /** Reviews with at least one criterion still missing: reported, never counted. */
  readonly incompleteReviews: number;
  readonly submittedAt: number;
}

export interface Leaderboard {
  readonly method: NormalizationMethod;
  /** null for the whole event. */
  readonly challengeId: string | null;
  readonly scale: Scale;
  /** Ranked submissions first (best first), then the unranked ones. */
  readonly standings: readonly Standing[];
}

export interface StandingsOptions {
  readonly method?: NormalizationMethod;
  /** Restrict the board to one challenge (ranks restart at 1); omit or null for the whole event. */
  readonly challengeId?: string | null;
}
