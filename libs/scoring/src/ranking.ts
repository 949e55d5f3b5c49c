/** What ranking needs to know about an entry. */
export interface RankInput {
  readonly submissionId: string;
  /** Higher is better; null means "nothing to rank on yet". */
  readonly score: number | null;
  /** How many reviews (or votes, or comparisons) the score rests on; more wins a tie. */
  readonly reviews: number;
  /** Milliseconds since the epoch; earlier wins a tie. Missing sorts after any time. */
  readonly submittedAt?: number;
}

/**
 * Scores closer than this are the same score for ranking. Totals are means of weighted means, so
 * two mathematically equal scores can differ in the last floating-point bits depending on the order
 * the sums were formed in; without this they would get different ranks.
 */
export const SCORE_RESOLUTION = 1e-9;

function scoreKey(score: number): number {
  return Math.round(score / SCORE_RESOLUTION);
}

/**
 * Order of a leaderboard: entries with a score first, higher score first; among equal scores, more
 * reviews first, then earlier submission, then submission id (plain code-unit order, so the result
 * never depends on a locale). Entries without a score come last in the same tie order.
 */
export function compareRankInputs(a: RankInput, b: RankInput): number {
  if (a.score === null || b.score === null) {
    if (a.score !== b.score) return a.score === null ? 1 : -1;
  } else {
    const byScore = scoreKey(b.score) - scoreKey(a.score);
    if (byScore !== 0) return byScore;
  }
  if (a.reviews !== b.reviews) return b.reviews - a.reviews;
  const at = a.submittedAt ?? Number.POSITIVE_INFINITY;
  const bt = b.submittedAt ?? Number.POSITIVE_INFINITY;
  if (at !== bt) return at < bt ? -1 : 1;
  return a.submissionId < b.submissionId ? -1 : a.submissionId > b.submissionId ? 1 : 0;
}

/**
 * Sorts entries into leaderboard order and gives each a standard competition rank: equal scores
 * share the rank of the first of them and the next score skips the shared places (1, 2, 2, 4).
 * Entries without a score get rank null. O(n log n); the input is not modified.
 */
export function rankStandings<T extends RankInput>(entries: readonly T[]): Array<T & { readonly rank: number | null }> {
  const sorted = [...entries].sort(compareRankInputs);
  const ranked: Array<T & { readonly rank: number | null }> = [];
  let groupRank = 0;
  let groupKey = Number.NaN;
  sorted.forEach((entry, i) => {
    if (entry.score === null) {
      ranked.push({ ...entry, rank: null });
      return;
    }
    const key = scoreKey(entry.score);
    if (key !== groupKey) {
      groupKey = key;
      groupRank = i + 1;
    }
    ranked.push({ ...entry, rank: groupRank });
  });
  return ranked;
}
