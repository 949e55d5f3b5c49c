import { ScoringError } from './scoring-error.js';

export interface Criterion {
  readonly key: string;
  /** Relative weight, > 0. Only ratios matter: weights 2 and 1 mean the first counts twice. */
  readonly weight: number;
  readonly scaleMin: number;
  readonly scaleMax: number;
}

export interface Rubric {
  readonly criteria: readonly Criterion[];
}

/** The scale every total and every leaderboard score is expressed on. */
export interface Scale {
  readonly min: number;
  readonly max: number;
}

/**
 * What a rubric leaderboard needs to know before any score arrives.
 * - `rubric`: the event's rubric.
 * - `challengeRubrics`: a challenge's own rubric, overriding the event's for its submissions.
 * - `scale`: the scale of totals; defaults to the scale of the event rubric's first criterion.
 */
export interface RubricSetup {
  readonly rubric: Rubric;
  readonly challengeRubrics?: Readonly<Record<string, Rubric>>;
  readonly scale?: Scale;
}

/** A rubric checked once and prepared for fast totals. */
export interface CompiledRubric {
  readonly criteria: readonly Criterion[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly weightSum: number;
  /** Criterion value v maps onto the total scale as v * factor[i] + offset[i]. */
  readonly factor: Float64Array;
  readonly offset: Float64Array;
}

export function checkScale(scale: Scale, what: string): Scale {
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max) || scale.max <= scale.min) {
    throw new ScoringError('INVALID_SCALE', `${what} needs finite bounds with max > min.`);
  }
  return { min: scale.min, max: scale.max };
}

export function resolveScale(setup: RubricSetup): Scale {
  if (setup.scale) return checkScale(setup.scale, 'The total scale');
  const first = setup.rubric.criteria[0];
  if (!first) throw new ScoringError('INVALID_RUBRIC', 'A rubric needs at least one criterion.');
  return checkScale({ min: first.scaleMin, max: first.scaleMax }, `Criterion "${first.key}"`);
}

export function compileRubric(rubric: Rubric, scale: Scale): CompiledRubric {
  const criteria = rubric.criteria;
  if (criteria.length === 0) throw new ScoringError('INVALID_RUBRIC', 'A rubric needs at least one criterion.');
  const indexOf = new Map<string, number>();
  const factor = new Float64Array(criteria.length);
  const offset = new Float64Array(criteria.length);
  let weightSum = 0;
  criteria.forEach((criterion, i) => {
    if (!criterion.key) throw new ScoringError('INVALID_RUBRIC', 'Every criterion needs a key.');
    if (indexOf.has(criterion.key)) {
      throw new ScoringError('INVALID_RUBRIC', `Criterion "${criterion.key}" appears twice.`);
    }
    if (!Number.isFinite(criterion.weight) || criterion.weight <= 0) {
      throw new ScoringError('INVALID_RUBRIC', `Criterion "${criterion.key}" needs a weight above zero.`);
    }
    checkScale({ min: criterion.scaleMin, max: criterion.scaleMax }, `Criterion "${criterion.key}"`);
    indexOf.set(criterion.key, i);
    weightSum += criterion.weight;
    if (criterion.scaleMin === scale.min && criterion.scaleMax === scale.max) {
      // Same scale: keep values exact instead of passing them through a float mapping.
      factor[i] = 1;
      offset[i] = 0;
    } else {
      factor[i] = (scale.max - scale.min) / (criterion.scaleMax - criterion.scaleMin);
      offset[i] = scale.min - criterion.scaleMin * factor[i];
    }
  });
  return { criteria, indexOf, weightSum, factor, offset };
}

export function criterionIndex(rubric: CompiledRubric, key: string): number {
  const index = rubric.indexOf.get(key);
  if (index === undefined) throw new ScoringError('UNKNOWN_CRITERION', `The rubric has no criterion "${key}".`);
  return index;
}

export function checkValue(rubric: CompiledRubric, index: number, value: number): void {
  const criterion = rubric.criteria[index];
  if (!Number.isFinite(value) || value < criterion.scaleMin || value > criterion.scaleMax) {
    throw new ScoringError(
      'VALUE_OUT_OF_RANGE',
      `A score for "${criterion.key}" must be between ${criterion.scaleMin} and ${criterion.scaleMax}.`,
    );
  }
}

/** A criterion value expressed on the total scale. */
export function onTotalScale(rubric: CompiledRubric, index: number, value: number): number {
  return value * rubric.factor[index] + rubric.offset[index];
}

/**
 * A juror's total for one complete review: the weighted mean of the criterion values, each first
 * mapped linearly onto the total scale. `values[i]` belongs to `rubric.criteria[i]`.
 */
export function reviewTotal(rubric: CompiledRubric, values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < rubric.criteria.length; i++) {
    sum += rubric.criteria[i].weight * (values[i] * rubric.factor[i] + rubric.offset[i]);
  }
  return sum / rubric.weightSum;
}

/** The event rubric and every challenge's own rubric, compiled against one total scale. */
export class RubricBook {
  readonly scale: Scale;
  private readonly eventRubric: CompiledRubric;
  private readonly byChallenge = new Map<string, CompiledRubric>();

  constructor(setup: RubricSetup) {
    this.scale = resolveScale(setup);
    this.eventRubric = compileRubric(setup.rubric, this.scale);
    for (const [challengeId, rubric] of Object.entries(setup.challengeRubrics ?? {})) {
      this.byChallenge.set(challengeId, compileRubric(rubric, this.scale));
    }
  }

  rubricFor(challengeId: string | null | undefined): CompiledRubric {
    return (challengeId != null ? this.byChallenge.get(challengeId) : undefined) ?? this.eventRubric;
  }
}
