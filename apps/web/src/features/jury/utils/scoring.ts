import type { CriterionDto, JuryRoundDto, ReviewDto, SaveReviewInput } from '@hackboard/contracts';

/** Scales up to this many values are shown as a row of radio buttons; wider ones as a number field. */
export const MAX_RADIO_VALUES = 21;

export function scaleValues(criterion: Pick<CriterionDto, 'scaleMin' | 'scaleMax'>): number[] {
  const values: number[] = [];
  for (let value = criterion.scaleMin; value <= criterion.scaleMax; value += 1) values.push(value);
  return values;
}

export const usesRadios = (criterion: Pick<CriterionDto, 'scaleMin' | 'scaleMax'>) =>
  criterion.scaleMax - criterion.scaleMin + 1 <= MAX_RADIO_VALUES;

/** What the form holds: a value or nothing per criterion key, and the comment. */
export interface ScoringValues {
  scores: Record<string, number | null>;
  comment: string;
}

export function valuesOf(review: ReviewDto): ScoringValues {
  return {
    scores: Object.fromEntries(
      review.criteria.map((criterion) => [criterion.key, review.scores[criterion.key] ?? null]),
    ),
    comment: review.comment ?? '',
  };
}

/** The whole form as the API's upsert: every criterion (null clears it) and the comment ("" clears it). */
export function saveInputOf(values: ScoringValues): SaveReviewInput {
  return { scores: { ...values.scores }, comment: values.comment.trim() };
}

export function sameValues(a: ScoringValues, b: ScoringValues): boolean {
  const keys = new Set([...Object.keys(a.scores), ...Object.keys(b.scores)]);
  return (
    a.comment.trim() === b.comment.trim() &&
    [...keys].every((key) => (a.scores[key] ?? null) === (b.scores[key] ?? null))
  );
}

/**
 * The submission to score after `currentId` in the round's queue order: the next one that is not
 * complete, wrapping around to earlier ones; null when every other one is complete.
 */
export function nextUnscored(round: Pick<JuryRoundDto, 'assignments'>, currentId: string): string | null {
  const list = round.assignments;
  const at = list.findIndex((item) => item.submissionId === currentId);
  const ordered = at < 0 ? list : [...list.slice(at + 1), ...list.slice(0, at)];
  return ordered.find((item) => item.submissionId !== currentId && item.status !== 'complete')?.submissionId ?? null;
}

/**
 * Digits typed on a scale pick a value: "7" picks 7; on a scale that reaches 10 or more, "1" then
 * "0" within a moment picks 10. Returns the value the typed digits mean on the scale, if any.
 */
export function valueFromDigits(digits: string, criterion: Pick<CriterionDto, 'scaleMin' | 'scaleMax'>): number | null {
  if (!/^-?\d+$/.test(digits)) return null;
  const value = Number(digits);
  return value >= criterion.scaleMin && value <= criterion.scaleMax ? value : null;
}
