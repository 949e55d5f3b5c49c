import type { Scale } from './rubric.js';

/**
 * Per-juror normalization (z-score, mapped back onto the scale).
 *
 * For juror j with complete-review totals t(j,s) over the submissions s they reviewed:
 *
 *     m_j, sd_j = mean and population standard deviation of juror j's complete totals
 *     M,   SD   = mean and population standard deviation of all complete totals on the board
 *                (every juror, every submission of the event, whichever challenge is shown)
 *
 *     normalized t'(j,s) = clamp( M + SD * (t(j,s) - m_j) / sd_j , scale.min, scale.max )
 *
 * A juror with fewer than two complete reviews, or with zero spread (sd_j at most
 * ZERO_SPREAD times the scale's width), is left raw: t'(j,s) = t(j,s).
 * A submission's normalized score is the mean of t'(j,s) over its complete reviews.
 *
 * Effect: every juror's totals get the same mean (M) and spread (SD), so a harsh juror and a
 * lenient juror who order the submissions alike give them the same normalized totals.
 */
export type NormalizationStatus = 'applied' | 'too-few-reviews' | 'zero-spread';

/** Relative to the scale's width; below this a juror's spread counts as zero. */
export const ZERO_SPREAD = 1e-6;

export interface SpreadStats {
  readonly count: number;
  readonly mean: number;
  /** Population standard deviation (divides by count). */
  readonly standardDeviation: number;
}

export function clampToScale(value: number, scale: Scale): number {
  return value < scale.min ? scale.min : value > scale.max ? scale.max : value;
}

export function normalizationStatus(juror: SpreadStats, scale: Scale): NormalizationStatus {
  if (juror.count < 2) return 'too-few-reviews';
  if (juror.standardDeviation <= ZERO_SPREAD * (scale.max - scale.min)) return 'zero-spread';
  return 'applied';
}

/** t'(j,s) for a juror whose status is 'applied' (see the formula above). */
export function normalizeTotal(total: number, juror: SpreadStats, all: SpreadStats, scale: Scale): number {
  return clampToScale(all.mean + (all.standardDeviation * (total - juror.mean)) / juror.standardDeviation, scale);
}

/** Two-pass mean and population standard deviation: the exact reference. */
export function spreadOf(values: readonly number[]): SpreadStats {
  const count = values.length;
  if (count === 0) return { count: 0, mean: 0, standardDeviation: 0 };
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / count;
  let squares = 0;
  for (const value of values) squares += (value - mean) * (value - mean);
  return { count, mean, standardDeviation: Math.sqrt(squares / count) };
}

/**
 * Count, sum and sum of squares kept under additions and removals, O(1) each. Values are stored
 * relative to a centre (the scale's midpoint) to keep the sum of squares small and the
 * variance (sumSq/n - mean²) free of large cancellations.
 */
export class RunningStats {
  count = 0;
  private sum = 0;
  private sumSq = 0;

  constructor(private readonly center: number) {}

  add(value: number): void {
    const d = value - this.center;
    this.count++;
    this.sum += d;
    this.sumSq += d * d;
  }

  remove(value: number): void {
    const d = value - this.center;
    this.count--;
    if (this.count === 0) {
      // Start exactly from zero again so rounding errors never outlive the values that caused them.
      this.sum = 0;
      this.sumSq = 0;
      return;
    }
    this.sum -= d;
    this.sumSq -= d * d;
  }

  stats(): SpreadStats {
    if (this.count === 0) return { count: 0, mean: this.center, standardDeviation: 0 };
    const meanOffset = this.sum / this.count;
    const variance = this.sumSq / this.count - meanOffset * meanOffset;
    return {
      count: this.count,
      mean: this.center + meanOffset,
      standardDeviation: variance > 0 ? Math.sqrt(variance) : 0,
    };
  }
}
