import { CreateCriterionInput, type CriterionDto, UpdateCriterionInput } from '@hackboard/contracts';
import { type FieldProblems, problemsFromIssues } from '../../../lib/form-errors';

/** A criterion as the form holds it: numbers as typed, so a half-typed number can be shown as wrong. */
export interface CriterionFormValues {
  name: string;
  key: string;
  description: string;
  weight: string;
  scaleMin: string;
  scaleMax: string;
}

export const CRITERION_FIELDS = ['name', 'key', 'description', 'weight', 'scaleMin', 'scaleMax'] as const;

export const emptyCriterion = (): CriterionFormValues => ({
  name: '',
  key: '',
  description: '',
  weight: '1',
  scaleMin: '1',
  scaleMax: '10',
});

export const criterionValues = (criterion: CriterionDto): CriterionFormValues => ({
  name: criterion.name,
  key: criterion.key,
  description: criterion.description,
  weight: String(criterion.weight),
  scaleMin: String(criterion.scaleMin),
  scaleMax: String(criterion.scaleMax),
});

/** A key from a name: "Use of open data" → "use-of-open-data" (letters outside a–z dropped, å ä ö folded). */
export function keyFromName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

// An empty box is "missing", not zero, so the schema says "is required" rather than accepting 0.
const numberOrUndefined = (text: string): number | undefined => {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? undefined : Number(trimmed);
};

function parsedFields(values: CriterionFormValues) {
  return {
    key: values.key.trim(),
    name: values.name,
    description: values.description,
    weight: numberOrUndefined(values.weight),
    scaleMin: numberOrUndefined(values.scaleMin),
    scaleMax: numberOrUndefined(values.scaleMax),
  };
}

/**
 * The weight may be a decimal and the scale is checked as a pair, which the shared wording does not
 * cover: those problems get the rubric's own words, from the form's checks and the API's alike.
 */
export function criterionProblems(fields: FieldProblems): FieldProblems {
  const worded = { ...fields };
  if (worded['weight']) worded['weight'] = { ...worded['weight'], key: 'judging.criteria.weightProblem', values: {} };
  if (worded['scaleMax'] && /greater than scaleMin/i.test(worded['scaleMax'].message)) {
    worded['scaleMax'] = { ...worded['scaleMax'], key: 'judging.criteria.scaleOrder', values: {} };
  }
  return worded;
}

export type CriterionFormResult<T> = { ok: true; input: T } | { ok: false; problems: FieldProblems };

export function createInput(values: CriterionFormValues): CriterionFormResult<CreateCriterionInput> {
  const parsed = CreateCriterionInput.safeParse(parsedFields(values));
  return parsed.success
    ? { ok: true, input: parsed.data }
    : { ok: false, problems: criterionProblems(problemsFromIssues(parsed.error.issues)) };
}

/** Only what changed, or null when nothing did. The scale is checked as a pair, as the API does. */
export function updateInput(
  criterion: CriterionDto,
  values: CriterionFormValues,
): CriterionFormResult<UpdateCriterionInput> | null {
  const full = CreateCriterionInput.safeParse(parsedFields(values));
  if (!full.success) return { ok: false, problems: criterionProblems(problemsFromIssues(full.error.issues)) };
  const next = full.data;
  const changes: UpdateCriterionInput = {};
  if (next.key !== criterion.key) changes.key = next.key;
  if (next.name !== criterion.name) changes.name = next.name;
  if (next.description !== criterion.description) changes.description = next.description;
  if (next.weight !== criterion.weight) changes.weight = next.weight;
  if (next.scaleMin !== criterion.scaleMin) changes.scaleMin = next.scaleMin;
  if (next.scaleMax !== criterion.scaleMax) changes.scaleMax = next.scaleMax;
  if (Object.keys(changes).length === 0) return null;
  const parsed = UpdateCriterionInput.safeParse(changes);
  return parsed.success
    ? { ok: true, input: parsed.data }
    : { ok: false, problems: criterionProblems(problemsFromIssues(parsed.error.issues)) };
}

/**
 * The position changes that move one criterion up or down by one place: the list is numbered
 * 0, 1, 2 … in its new order and only criteria whose number changes are sent.
 */
export function reorderMoves(
  criteria: readonly CriterionDto[],
  index: number,
  direction: -1 | 1,
): { id: string; position: number }[] {
  const target = index + direction;
  if (target < 0 || target >= criteria.length) return [];
  const order = [...criteria];
  [order[index], order[target]] = [order[target]!, order[index]!];
  return order.flatMap((criterion, position) =>
    criterion.position === position ? [] : [{ id: criterion.id, position }],
  );
}
