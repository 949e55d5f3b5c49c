import type { NormalizationMethod } from './leaderboard.js';
import { normalizationStatus, normalizeTotal, type NormalizationStatus, type SpreadStats } from './normalization.js';
import { onTotalScale, type CompiledRubric, type Scale } from './rubric.js';

export interface CriterionBreakdown {
  readonly key: string;
  readonly weight: number;
  /** weight / sum of weights. In raw mode, score = Σ weightShare × meanOnScale. */
  readonly weightShare: number;
  readonly scaleMin: number;
  readonly scaleMax: number;
  /** Mean of this criterion over the complete reviews, on the criterion's own scale. */
  readonly mean: number | null;
  /** The same mean mapped onto the leaderboard's scale. */
  readonly meanOnScale: number | null;
}

export interface JurorBreakdown {
  readonly jurorId: string;
  /** Only complete reviews count towards the score. */
  readonly complete: boolean;
  /** The juror's value per criterion key, null where still missing. */
  readonly values: Readonly<Record<string, number | null>>;
  /** Weighted mean on the leaderboard's scale; null while incomplete. */
  readonly rawTotal: number | null;
  /** In normalized mode, the total that counted (equal to rawTotal when the juror is left raw). */
  readonly normalizedTotal: number | null;
  /** In normalized mode, whether this juror's totals were normalized and, if not, why. */
  readonly normalization: NormalizationStatus | null;
  /** In normalized mode, the juror's mean and spread over all their complete reviews. */
  readonly jurorStats: SpreadStats | null;
}

/** Everything that produced one submission's score. */
export interface Explanation {
  readonly submissionId: string;
  readonly challengeId: string | null;
  readonly method: NormalizationMethod;
  readonly scale: Scale;
  /** The score on the leaderboard: mean of the counted jurors' totals (normalized ones in normalized mode). */
  readonly score: number | null;
  readonly reviews: number;
  readonly incompleteReviews: number;
  readonly criteria: readonly CriterionBreakdown[];
  /** Sorted by juror id. */
  readonly jurors: readonly JurorBreakdown[];
  /** In normalized mode, mean (M) and spread (SD) of all complete totals on the board. */
  readonly overall: SpreadStats | null;
}

/** One juror's review as the explanation builder sees it; NaN marks a missing value. */
export interface ReviewView {
  readonly jurorId: string;
  readonly values: ArrayLike<number>;
}

export interface ExplanationSource {
  readonly submissionId: string;
  readonly challengeId: string | null;
  readonly method: NormalizationMethod;
  readonly scale: Scale;
  readonly rubric: CompiledRubric;
  readonly score: number | null;
  readonly reviews: readonly ReviewView[];
  /** The review's total, or null while it is incomplete. */
  readonly totalOf: (jurorId: string) => number | null;
  readonly jurorStats: (jurorId: string) => SpreadStats;
  readonly overall: SpreadStats;
}

export function buildExplanation(source: ExplanationSource): Explanation {
  const { rubric, method, scale } = source;
  const criterionSums = new Float64Array(rubric.criteria.length);
  let complete = 0;
  const jurors: JurorBreakdown[] = [...source.reviews]
    .sort((a, b) => (a.jurorId < b.jurorId ? -1 : a.jurorId > b.jurorId ? 1 : 0))
    .map((review) => {
      const values: Record<string, number | null> = {};
      rubric.criteria.forEach((criterion, i) => {
        const value = review.values[i];
        values[criterion.key] = Number.isNaN(value) ? null : value;
      });
      const rawTotal = source.totalOf(review.jurorId);
      if (rawTotal === null) {
        return {
          jurorId: review.jurorId,
          complete: false,
          values,
          rawTotal: null,
          normalizedTotal: null,
          normalization: null,
          jurorStats: null,
        };
      }
      complete++;
      for (let i = 0; i < rubric.criteria.length; i++) criterionSums[i] += review.values[i];
      if (method === 'raw') {
        return {
          jurorId: review.jurorId,
          complete: true,
          values,
          rawTotal,
          normalizedTotal: null,
          normalization: null,
          jurorStats: null,
        };
      }
      const jurorStats = source.jurorStats(review.jurorId);
      const normalization = normalizationStatus(jurorStats, scale);
      const normalizedTotal =
        normalization === 'applied' ? normalizeTotal(rawTotal, jurorStats, source.overall, scale) : rawTotal;
      return { jurorId: review.jurorId, complete: true, values, rawTotal, normalizedTotal, normalization, jurorStats };
    });
  const criteria = rubric.criteria.map((criterion, i) => {
    const mean = complete > 0 ? criterionSums[i] / complete : null;
    return {
      key: criterion.key,
      weight: criterion.weight,
      weightShare: criterion.weight / rubric.weightSum,
      scaleMin: criterion.scaleMin,
      scaleMax: criterion.scaleMax,
      mean,
      meanOnScale: mean === null ? null : onTotalScale(rubric, i, mean),
    };
  });
  return {
    submissionId: source.submissionId,
    challengeId: source.challengeId,
    method,
    scale,
    score: source.score,
    reviews: complete,
    incompleteReviews: source.reviews.length - complete,
    criteria,
    jurors,
    overall: method === 'normalized' ? source.overall : null,
  };
}

const defaultLabel = (n: number): string => `Juror ${n}`;

/**
 * Stable labels for jurors: the distinct ids sorted (code-unit order) and numbered from 1.
 * Build it once from every juror of the board so "Juror 3" is the same person in every explanation.
 */
export function jurorLabels(
  jurorIds: Iterable<string>,
  label: (n: number) => string = defaultLabel,
): Map<string, string> {
  const sorted = [...new Set(jurorIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((id, i) => [id, label(i + 1)]));
}

/**
 * The explanation with juror ids replaced by labels. Without `labels`, labels are numbered from this
 * explanation's own jurors; ids missing from `labels` are numbered after the labels given.
 */
export function anonymiseJurors(
  explanation: Explanation,
  labels?: ReadonlyMap<string, string>,
  label: (n: number) => string = defaultLabel,
): Explanation {
  const known = labels ?? new Map<string, string>();
  const missing = explanation.jurors.map((juror) => juror.jurorId).filter((id) => !known.has(id));
  const extra = jurorLabels(missing, (n) => label(known.size + n));
  const labelOf = (id: string): string => known.get(id) ?? extra.get(id)!;
  return {
    ...explanation,
    // Jurors stay in id order, which is also label order for labels made by jurorLabels.
    jurors: explanation.jurors.map((juror) => ({ ...juror, jurorId: labelOf(juror.jurorId) })),
  };
}
