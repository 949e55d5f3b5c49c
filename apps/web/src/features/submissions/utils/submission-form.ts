import {
  type SubmissionDatasetInput,
  type SubmissionDto,
  type SubmissionSnapshot,
  UpdateSubmissionInput,
} from '@hackboard/contracts';
import { type FieldProblems, problemsFromIssues } from '../../../lib/form-errors';
import { type Row, rowKey } from '../../../lib/rows';

export interface ImageRow extends Row {
  url: string;
}

/** A data set from outside the event's catalogue. */
export interface FreeDatasetRow extends Row {
  title: string;
  url: string;
}

/** What the submission editor holds, as typed. */
export interface SubmissionFormValues {
  title: string;
  summary: string;
  description: string;
  repositoryUrl: string;
  demoUrl: string;
  videoUrl: string;
  images: ImageRow[];
  /** The ids of the catalogue data sets the project used. */
  catalogue: string[];
  freeDatasets: FreeDatasetRow[];
}

export const SUBMISSION_FORM = 'submission';

/** The parts of a submission a team edits, in the order of the form. */
export const SUBMISSION_FIELDS = [
  'title',
  'summary',
  'description',
  'repositoryUrl',
  'demoUrl',
  'videoUrl',
  'images',
  'datasets',
] as const;
export type SubmissionField = (typeof SUBMISSION_FIELDS)[number];

export function formValuesFromSubmission(submission: SubmissionSnapshot): SubmissionFormValues {
  return {
    title: submission.title,
    summary: submission.summary,
    description: submission.description,
    repositoryUrl: submission.repositoryUrl ?? '',
    demoUrl: submission.demoUrl ?? '',
    videoUrl: submission.videoUrl ?? '',
    images: submission.images.map((url) => ({ key: rowKey(), url })),
    catalogue: submission.datasets.flatMap((dataset) => (dataset.datasetId ? [dataset.datasetId] : [])),
    freeDatasets: submission.datasets
      .filter((dataset) => !dataset.datasetId)
      .map((dataset) => ({ key: rowKey(), title: dataset.title, url: dataset.url ?? '' })),
  };
}

/**
 * The data sets as the API takes them: the catalogue ones first, then the free entries. A problem
 * the API reports at `datasets.<n>` refers to this order (see `freeDatasetPath`).
 */
export function datasetInputs(
  values: Pick<SubmissionFormValues, 'catalogue' | 'freeDatasets'>,
): SubmissionDatasetInput[] {
  return [
    ...values.catalogue.map((datasetId) => ({ datasetId })),
    ...values.freeDatasets.map((row) => ({ title: row.title.trim(), url: row.url.trim() })),
  ];
}

/** The field path of a free entry's title or url, as the API and the schema name it. */
export function freeDatasetPath(
  values: Pick<SubmissionFormValues, 'catalogue'>,
  index: number,
  field: 'title' | 'url',
) {
  return `datasets.${values.catalogue.length + index}.${field}`;
}

/** A field's value in the shape the API compares and stores, for telling what changed. */
function comparable(values: SubmissionFormValues): Record<SubmissionField, unknown> {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description,
    repositoryUrl: values.repositoryUrl.trim() || null,
    demoUrl: values.demoUrl.trim() || null,
    videoUrl: values.videoUrl.trim() || null,
    images: values.images.map((row) => row.url.trim()),
    datasets: datasetKeys(datasetInputs(values)),
  };
}

/** Data sets have no order of their own (the API sorts them); compare them as a set. */
function datasetKeys(inputs: SubmissionDatasetInput[]): string[] {
  return inputs.map((input) => input.datasetId ?? `${input.title}\u0000${input.url}`).sort();
}

/** The fields whose values differ between two versions of the form (or of the submission). */
export function changedFields(values: SubmissionFormValues, baseline: SubmissionFormValues): SubmissionField[] {
  const now = comparable(values);
  const before = comparable(baseline);
  return SUBMISSION_FIELDS.filter((field) => JSON.stringify(now[field]) !== JSON.stringify(before[field]));
}

export type FormResult<T> = { ok: true; input: T } | { ok: false; problems: FieldProblems };

/**
 * The change to save: only the fields that differ from the version the form is based on, with
 * that version, so a save on top of someone else's newer one is refused instead of overwriting it.
 * Null when nothing changed.
 */
export function updateInputFromForm(
  values: SubmissionFormValues,
  baseline: SubmissionDto,
): FormResult<UpdateSubmissionInput | null> {
  const fields = changedFields(values, formValuesFromSubmission(baseline));
  if (fields.length === 0) return { ok: true, input: null };
  const now = comparable(values);
  const changes: Record<string, unknown> = { version: baseline.version };
  for (const field of fields) {
    if (field === 'datasets') changes['datasets'] = datasetInputs(values);
    else if (field === 'description') changes['description'] = values.description;
    else changes[field] = now[field];
  }
  const parsed = UpdateSubmissionInput.safeParse(changes);
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues) };
  return { ok: true, input: parsed.data };
}
