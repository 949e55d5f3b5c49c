import { buildExplanation, type Explanation } from './explanation.js';
import type {
  Leaderboard,
  NormalizationMethod,
  ScoreEntry,
  Standing,
  StandingsOptions,
  SubmissionRef,
} from './leaderboard.js';
import { clampToScale, normalizationStatus, RunningStats } from './normalization.js';
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

export interface RubricLeaderboardOptions extends RubricSetup {
  /** The method standings() and explain() use when not told otherwise. Default 'raw'. */
  readonly method?: NormalizationMethod;
  readonly submissions?: Iterable<SubmissionRef>;
  readonly scores?: Iterable<ScoreEntry>;
}

const NOT_APPLIED = 0;
const APPLIED_RAW = 1;
const APPLIED_Z = 2;

interface JurorState {
  readonly id: string;
  readonly reviews: Map<SubmissionState, Review>;
  /** Over this juror's complete totals; always current. */
  readonly stats: RunningStats;
  /** The normalization parameters last applied to the submissions' sums are stale. */
  dirty: boolean;
  normalized: boolean;
  mean: number;
  standardDeviation: number;
  zMin: number;
  zMax: number;
}

interface SubmissionState {
  readonly id: string;
  challengeId: string | null;
  submittedAt: number;
  rubric: CompiledRubric;
  /** Position in the submissions array (changes when another submission is removed). */
  slot: number;
  readonly reviews: Map<JurorState, Review>;
  complete: number;
  incomplete: number;
  /** Σ raw totals of the complete reviews. */
  rawSum: number;
  /** For normalized mode: Σ raw totals of reviews whose juror is left raw, and their count. */
  keptRawSum: number;
  keptRawCount: number;
  /** For normalized mode: Σ z-scores of reviews whose juror is normalized, and their count. */
  zSum: number;
  zCount: number;
}

interface Review {
  readonly juror: JurorState;
  readonly submission: SubmissionState;
  readonly values: Float64Array;
  filled: number;
  /** NaN while incomplete. */
  total: number;
  /** What this review currently adds to its submission's normalized sums. */
  applied: number;
  appliedValue: number;
}

interface ScoreCache {
  version: number;
  scores: Float64Array;
}

/**
 * The rubric leaderboard, kept up to date score by score.
 *
 * Raw mode keeps, per submission, the count and sum of complete totals; a score change recomputes
 * that one review's total (O(criteria)) and adjusts the sums in O(1).
 *
 * Normalized mode keeps, per juror, running count/sum/sum of squares of their totals (O(1) per
 * change) and, for all totals, the same (for M and SD). A submission's normalized score is
 *
 *     ( Σ kept-raw totals + zCount·M + SD·Σ z + clamp corrections ) / complete reviews
 *
 * so the per-submission sums depend on a juror's mean and spread only through the z-scores. A change
 * marks its juror stale; the next standings() re-derives the stale jurors' z-scores (O(reviews of that
 * juror) each), then scores every submission in O(1) from its sums. Clamping is exact: a juror's
 * reviews are visited again only if their z range reaches past the clamp limits for the current M and
 * SD. standings() after one change is therefore O(reviews of the changed juror + submissions · log
 * submissions), plus the reviews of jurors whose extremes are clamped. Results are cached until the
 * next change.
 */
export class RubricLeaderboard {
  readonly scale: Scale;
  private readonly book: RubricBook;
  private defaultMethod: NormalizationMethod;
  private readonly submissionsById = new Map<string, SubmissionState>();
  private readonly submissionList: SubmissionState[] = [];
  private readonly jurors = new Map<string, JurorState>();
  private staleJurors: JurorState[] = [];
  private readonly overall: RunningStats;
  private version = 0;
  private readonly scoreCaches = new Map<NormalizationMethod, ScoreCache>();
  private readonly boardCaches = new Map<string, { version: number; board: Leaderboard }>();

  constructor(options: RubricLeaderboardOptions) {
    this.book = new RubricBook(options);
    this.scale = this.book.scale;
    this.defaultMethod = options.method ?? 'raw';
    this.overall = new RunningStats((this.scale.min + this.scale.max) / 2);
    for (const ref of options.submissions ?? []) this.upsertSubmission(ref);
    for (const entry of options.scores ?? [])
      this.setScore(entry.jurorId, entry.submissionId, entry.criterion, entry.value);
  }

  get method(): NormalizationMethod {
    return this.defaultMethod;
  }

  /** Switches the default method; both methods stay available through standings({ method }). O(1). */
  setMethod(method: NormalizationMethod): void {
    this.defaultMethod = method;
  }

  /** Adds a submission or updates its challenge and submission time. */
  upsertSubmission(ref: SubmissionRef): void {
    const challengeId = ref.challengeId ?? null;
    const rubric = this.book.rubricFor(challengeId);
    const existing = this.submissionsById.get(ref.id);
    if (existing) {
      if (existing.rubric !== rubric && existing.reviews.size > 0) {
        throw new ScoringError(
          'SUBMISSION_HAS_SCORES',
          `Submission "${ref.id}" has scores under another rubric; remove them before moving it.`,
        );
      }
      existing.challengeId = challengeId;
      existing.submittedAt = ref.submittedAt;
      existing.rubric = rubric;
    } else {
      const submission: SubmissionState = {
        id: ref.id,
        challengeId,
        submittedAt: ref.submittedAt,
        rubric,
        slot: this.submissionList.length,
        reviews: new Map(),
        complete: 0,
        incomplete: 0,
        rawSum: 0,
        keptRawSum: 0,
        keptRawCount: 0,
        zSum: 0,
        zCount: 0,
      };
      this.submissionsById.set(ref.id, submission);
      this.submissionList.push(submission);
    }
    this.version++;
  }

  /** Removes a submission and all its scores. */
  removeSubmission(submissionId: string): boolean {
    const submission = this.submissionsById.get(submissionId);
    if (!submission) return false;
    for (const review of [...submission.reviews.values()]) this.dropReview(review);
    const last = this.submissionList.pop()!;
    if (last !== submission) {
      last.slot = submission.slot;
      this.submissionList[submission.slot] = last;
    }
    this.submissionsById.delete(submissionId);
    this.version++;
    return true;
  }

  /** Sets one juror's value for one criterion; a review becomes complete with its last criterion. O(criteria). */
  setScore(jurorId: string, submissionId: string, criterion: string, value: number): void {
    const submission = this.requireSubmission(submissionId);
    const index = criterionIndex(submission.rubric, criterion);
    checkValue(submission.rubric, index, value);
    const juror = this.jurorFor(jurorId);
    let review = juror.reviews.get(submission);
    if (!review) {
      review = {
        juror,
        submission,
        values: new Float64Array(submission.rubric.criteria.length).fill(Number.NaN),
        filled: 0,
        total: Number.NaN,
        applied: NOT_APPLIED,
        appliedValue: 0,
      };
      juror.reviews.set(submission, review);
      submission.reviews.set(juror, review);
      submission.incomplete++;
    }
    const previous = review.values[index];
    if (previous === value) return;
    if (Number.isNaN(previous)) review.filled++;
    review.values[index] = value;
    this.reviewChanged(review);
  }

  /** Clears one value; the review becomes incomplete (and disappears once empty). O(criteria). */
  removeScore(jurorId: string, submissionId: string, criterion: string): boolean {
    const submission = this.submissionsById.get(submissionId);
    const review = submission && this.jurors.get(jurorId)?.reviews.get(submission);
    if (!submission || !review) return false;
    const index = criterionIndex(submission.rubric, criterion);
    if (Number.isNaN(review.values[index])) return false;
    review.values[index] = Number.NaN;
    review.filled--;
    if (review.filled === 0) this.dropReview(review);
    else this.reviewChanged(review);
    return true;
  }

  /** Removes every value one juror gave one submission. O(1). */
  removeReview(jurorId: string, submissionId: string): boolean {
    const submission = this.submissionsById.get(submissionId);
    const review = submission && this.jurors.get(jurorId)?.reviews.get(submission);
    if (!review) return false;
    this.dropReview(review);
    return true;
  }

  /** Removes every score of one juror (e.g. a conflict of interest found late). O(reviews of the juror). */
  removeJuror(jurorId: string): boolean {
    const juror = this.jurors.get(jurorId);
    if (!juror) return false;
    for (const review of [...juror.reviews.values()]) this.dropReview(review);
    return true;
  }

  /** Ids of every juror with at least one score, sorted; feed them to jurorLabels for stable labels. */
  jurorIds(): string[] {
    return [...this.jurors.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** The leaderboard; cached until the next change. */
  standings(options: StandingsOptions = {}): Leaderboard {
    const method = options.method ?? this.defaultMethod;
    const challengeId = options.challengeId ?? null;
    const cacheKey = challengeId === null ? method : `${method}:${challengeId}`;
    const cached = this.boardCaches.get(cacheKey);
    if (cached && cached.version === this.version) return cached.board;
    const scores = this.scoresFor(method);
    const entries: Standing[] = [];
    for (const submission of this.submissionList) {
      if (challengeId !== null && submission.challengeId !== challengeId) continue;
      const score = scores[submission.slot];
      entries.push({
        rank: null,
        submissionId: submission.id,
        challengeId: submission.challengeId,
        score: Number.isNaN(score) ? null : score,
        reviews: submission.complete,
        incompleteReviews: submission.incomplete,
        submittedAt: submission.submittedAt,
      });
    }
    const board: Leaderboard = { method, challengeId, scale: this.scale, standings: rankStandings(entries) };
    this.boardCaches.set(cacheKey, { version: this.version, board });
    return board;
  }

  /** What produced a submission's score: per criterion and per juror. O(reviews of the submission). */
  explain(submissionId: string, options: { readonly method?: NormalizationMethod } = {}): Explanation {
    const method = options.method ?? this.defaultMethod;
    const submission = this.requireSubmission(submissionId);
    const score = this.scoresFor(method)[submission.slot];
    const byJuror = new Map([...submission.reviews.values()].map((review) => [review.juror.id, review] as const));
    return buildExplanation({
      submissionId,
      challengeId: submission.challengeId,
      method,
      scale: this.scale,
      rubric: submission.rubric,
      score: Number.isNaN(score) ? null : score,
      reviews: [...byJuror.values()].map((review) => ({ jurorId: review.juror.id, values: review.values })),
      totalOf: (jurorId) => {
        const total = byJuror.get(jurorId)?.total ?? Number.NaN;
        return Number.isNaN(total) ? null : total;
      },
      jurorStats: (jurorId) => this.jurors.get(jurorId)!.stats.stats(),
      overall: this.overall.stats(),
    });
  }

  private requireSubmission(submissionId: string): SubmissionState {
    const submission = this.submissionsById.get(submissionId);
    if (!submission) throw new ScoringError('UNKNOWN_SUBMISSION', `No submission "${submissionId}".`);
    return submission;
  }

  private jurorFor(jurorId: string): JurorState {
    let juror = this.jurors.get(jurorId);
    if (!juror) {
      juror = {
        id: jurorId,
        reviews: new Map(),
        stats: new RunningStats((this.scale.min + this.scale.max) / 2),
        dirty: false,
        normalized: false,
        mean: 0,
        standardDeviation: 0,
        zMin: 0,
        zMax: 0,
      };
      this.jurors.set(jurorId, juror);
    }
    return juror;
  }

  /** A review's values changed (and it still has at least one). */
  private reviewChanged(review: Review): void {
    const complete = review.filled === review.values.length;
    const total = complete ? reviewTotal(review.submission.rubric, review.values) : Number.NaN;
    this.leaveState(review);
    review.total = total;
    const submission = review.submission;
    if (complete) {
      submission.complete++;
      submission.rawSum += total;
      review.juror.stats.add(total);
      this.overall.add(total);
      this.markStale(review.juror);
    } else {
      submission.incomplete++;
    }
    this.version++;
  }

  private dropReview(review: Review): void {
    this.leaveState(review);
    review.total = Number.NaN;
    const { juror, submission } = review;
    juror.reviews.delete(submission);
    submission.reviews.delete(juror);
    if (juror.reviews.size === 0) this.jurors.delete(juror.id);
    this.version++;
  }

  /** Takes the review's current total out of every sum it is in. */
  private leaveState(review: Review): void {
    const submission = review.submission;
    if (Number.isNaN(review.total)) {
      submission.incomplete--;
      return;
    }
    submission.complete--;
    submission.rawSum = submission.complete === 0 ? 0 : submission.rawSum - review.total;
    review.juror.stats.remove(review.total);
    this.overall.remove(review.total);
    this.unapply(review);
    this.markStale(review.juror);
  }

  private markStale(juror: JurorState): void {
    if (juror.dirty) return;
    juror.dirty = true;
    this.staleJurors.push(juror);
  }

  private unapply(review: Review): void {
    const submission = review.submission;
    if (review.applied === APPLIED_RAW) {
      submission.keptRawCount--;
      submission.keptRawSum = submission.keptRawCount === 0 ? 0 : submission.keptRawSum - review.appliedValue;
    } else if (review.applied === APPLIED_Z) {
      submission.zCount--;
      submission.zSum = submission.zCount === 0 ? 0 : submission.zSum - review.appliedValue;
    }
    review.applied = NOT_APPLIED;
  }

  /** Re-derives one juror's normalization and the z-scores it puts into its submissions' sums. */
  private refreshJuror(juror: JurorState): void {
    juror.dirty = false;
    const stats = juror.stats.stats();
    juror.normalized = normalizationStatus(stats, this.scale) === 'applied';
    juror.mean = stats.mean;
    juror.standardDeviation = stats.standardDeviation;
    let zMin = Number.POSITIVE_INFINITY;
    let zMax = Number.NEGATIVE_INFINITY;
    for (const review of juror.reviews.values()) {
      if (Number.isNaN(review.total)) continue;
      this.unapply(review);
      const submission = review.submission;
      if (juror.normalized) {
        const z = (review.total - stats.mean) / stats.standardDeviation;
        if (z < zMin) zMin = z;
        if (z > zMax) zMax = z;
        review.applied = APPLIED_Z;
        review.appliedValue = z;
        submission.zSum += z;
        submission.zCount++;
      } else {
        review.applied = APPLIED_RAW;
        review.appliedValue = review.total;
        submission.keptRawSum += review.total;
        submission.keptRawCount++;
      }
    }
    juror.zMin = zMin;
    juror.zMax = zMax;
  }

  /** Every submission's score by slot (NaN = no complete review), cached per method until the next change. */
  private scoresFor(method: NormalizationMethod): Float64Array {
    const cached = this.scoreCaches.get(method);
    if (cached && cached.version === this.version) return cached.scores;
    const scores = method === 'raw' ? this.rawScores() : this.normalizedScores();
    this.scoreCaches.set(method, { version: this.version, scores });
    return scores;
  }

  private rawScores(): Float64Array {
    const scores = new Float64Array(this.submissionList.length);
    for (const submission of this.submissionList) {
      scores[submission.slot] =
        submission.complete === 0 ? Number.NaN : clampToScale(submission.rawSum / submission.complete, this.scale);
    }
    return scores;
  }

  private normalizedScores(): Float64Array {
    for (const juror of this.staleJurors) if (juror.dirty) this.refreshJuror(juror);
    this.staleJurors = [];
    const { min, max } = this.scale;
    const { mean: m, standardDeviation: sd } = this.overall.stats();
    const zHigh = sd > 0 ? (max - m) / sd : Number.POSITIVE_INFINITY;
    const zLow = sd > 0 ? (min - m) / sd : Number.NEGATIVE_INFINITY;
    const corrections = new Float64Array(this.submissionList.length);
    for (const juror of this.jurors.values()) {
      if (!juror.normalized || (juror.zMax <= zHigh && juror.zMin >= zLow)) continue;
      for (const review of juror.reviews.values()) {
        if (review.applied !== APPLIED_Z) continue;
        const value = m + sd * review.appliedValue;
        if (value > max) corrections[review.submission.slot] += max - value;
        else if (value < min) corrections[review.submission.slot] += min - value;
      }
    }
    const scores = new Float64Array(this.submissionList.length);
    for (const submission of this.submissionList) {
      const slot = submission.slot;
      scores[slot] =
        submission.complete === 0
          ? Number.NaN
          : clampToScale(
              (submission.keptRawSum + submission.zCount * m + sd * submission.zSum + corrections[slot]) /
                submission.complete,
              this.scale,
            );
    }
    return scores;
  }
}
