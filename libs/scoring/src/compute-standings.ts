import { buildExplanation, type Explanation } from './explanation.js';
import type {
  Leaderboard,
  NormalizationMethod,
  ScoreEntry,
  Standing,
  StandingsOptions,
  SubmissionRef,
} from './leaderboard.js';
import { clampToScale, normalizationStatus, normalizeTotal, spreadOf, type SpreadStats } from './normalization.js';
import { rankStandings } from './ranking.js';
import {
  checkValue,
  criterionIndex,
  reviewTotal,
  RubricBook,
  type CompiledRubric,
  type RubricSetup,
  type Scale,
} from './rubric.js';
import { ScoringError } from './scoring-error.js';

/** The whole state of a rubric board: who scored what. Later entries for the same cell win. */
export interface RubricInput extends RubricSetup {
  readonly submissions: readonly SubmissionRef[];
  readonly scores: readonly ScoreEntry[];
}

interface EvaluatedSubmission {
  readonly ref: SubmissionRef;
  readonly rubric: CompiledRubric;
  /** jurorId → values per criterion (NaN = missing). */
  readonly reviews: Map<string, Float64Array>;
  /** jurorId → total, only for complete reviews. */
  readonly totals: Map<string, number>;
}

interface Evaluation {
  readonly scale: Scale;
  readonly submissions: Map<string, EvaluatedSubmission>;
  readonly jurorStats: Map<string, SpreadStats>;
  readonly overall: SpreadStats;
}

function evaluate(input: RubricInput): Evaluation {
  const book = new RubricBook(input);
  const submissions = new Map<string, EvaluatedSubmission>();
  for (const ref of input.submissions) {
    submissions.set(ref.id, { ref, rubric: book.rubricFor(ref.challengeId), reviews: new Map(), totals: new Map() });
  }
  for (const entry of input.scores) {
    const submission = submissions.get(entry.submissionId);
    if (!submission) throw new ScoringError('UNKNOWN_SUBMISSION', `No submission "${entry.submissionId}".`);
    const index = criterionIndex(submission.rubric, entry.criterion);
    checkValue(submission.rubric, index, entry.value);
    let values = submission.reviews.get(entry.jurorId);
    if (!values) {
      values = new Float64Array(submission.rubric.criteria.length).fill(Number.NaN);
      submission.reviews.set(entry.jurorId, values);
    }
    values[index] = entry.value;
  }
  const totalsByJuror = new Map<string, number[]>();
  const allTotals: number[] = [];
  for (const submission of submissions.values()) {
    for (const [jurorId, values] of submission.reviews) {
      if (values.some(Number.isNaN)) continue;
      const total = reviewTotal(submission.rubric, values);
      submission.totals.set(jurorId, total);
      allTotals.push(total);
      const jurorTotals = totalsByJuror.get(jurorId);
      if (jurorTotals) jurorTotals.push(total);
      else totalsByJuror.set(jurorId, [total]);
    }
  }
  const jurorStats = new Map([...totalsByJuror].map(([jurorId, totals]) => [jurorId, spreadOf(totals)] as const));
  return { scale: book.scale, submissions, jurorStats, overall: spreadOf(allTotals) };
}

function jurorStatsOf(evaluation: Evaluation, jurorId: string): SpreadStats {
  return evaluation.jurorStats.get(jurorId) ?? { count: 0, mean: 0, standardDeviation: 0 };
}

function scoreOf(evaluation: Evaluation, submission: EvaluatedSubmission, method: NormalizationMethod): number | null {
  if (submission.totals.size === 0) return null;
  let sum = 0;
  for (const [jurorId, total] of submission.totals) {
    if (method === 'raw') {
      sum += total;
      continue;
    }
    const juror = jurorStatsOf(evaluation, jurorId);
    sum +=
      normalizationStatus(juror, evaluation.scale) === 'applied'
        ? normalizeTotal(total, juror, evaluation.overall, evaluation.scale)
        : total;
  }
  return clampToScale(sum / submission.totals.size, evaluation.scale);
}

/**
 * The reference: computes a leaderboard from the full list of scores, from scratch, in
 * O(scores + reviews + n log n). RubricLeaderboard must always agree with it.
 */
export function computeStandings(input: RubricInput, options: StandingsOptions = {}): Leaderboard {
  const method = options.method ?? 'raw';
  const challengeId = options.challengeId ?? null;
  const evaluation = evaluate(input);
  const entries: Standing[] = [];
  for (const submission of evaluation.submissions.values()) {
    const submissionChallenge = submission.ref.challengeId ?? null;
    if (challengeId !== null && submissionChallenge !== challengeId) continue;
    entries.push({
      rank: null,
      submissionId: submission.ref.id,
      challengeId: submissionChallenge,
      score: scoreOf(evaluation, submission, method),
      reviews: submission.totals.size,
      incompleteReviews: submission.reviews.size - submission.totals.size,
      submittedAt: submission.ref.submittedAt,
    });
  }
  return { method, challengeId, scale: evaluation.scale, standings: rankStandings(entries) };
}

/** The reference explanation of one submission's score (see Explanation). */
export function explainSubmission(
  input: RubricInput,
  submissionId: string,
  options: { readonly method?: NormalizationMethod } = {},
): Explanation {
  const method = options.method ?? 'raw';
  const evaluation = evaluate(input);
  const submission = evaluation.submissions.get(submissionId);
  if (!submission) throw new ScoringError('UNKNOWN_SUBMISSION', `No submission "${submissionId}".`);
  return buildExplanation({
    submissionId,
    challengeId: submission.ref.challengeId ?? null,
    method,
    scale: evaluation.scale,
    rubric: submission.rubric,
    score: scoreOf(evaluation, submission, method),
    reviews: [...submission.reviews].map(([jurorId, values]) => ({ jurorId, values })),
    totalOf: (jurorId) => submission.totals.get(jurorId) ?? null,
    jurorStats: (jurorId) => jurorStatsOf(evaluation, jurorId),
    overall: evaluation.overall,
  });
}
