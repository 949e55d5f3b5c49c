import {
  type ChallengeDto,
  CreateChallengeInput,
  type DatasetDto,
  type DatasetInput,
  UpdateChallengeInput,
} from '@hackboard/contracts';
import { type FieldProblems, problemsFromIssues } from '../../../lib/form-errors';
import type { Row } from '../../../lib/rows';
import { rowKey } from '../../../lib/rows';

/** A data set as the editor holds it: `id` is set for one the challenge already has. */
export interface DatasetRow extends Row {
  id?: string;
  title: string;
  url: string;
  format: string;
  licence: string;
}

export interface ChallengeFormValues {
  organizationId: string;
  title: string;
  description: string;
  prizes: string;
  contactName: string;
  contactEmail: string;
  datasets: DatasetRow[];
}

export const CHALLENGE_FORM = 'challenge';

/** The fields in the order of the form, for the error summary. */
export const CHALLENGE_FIELDS = [
  'organizationId',
  'title',
  'description',
  'prizes',
  'contactName',
  'contactEmail',
  'datasets',
] as const;

export const DATASET_FIELDS = ['title', 'url', 'format', 'licence'] as const;

export const emptyDataset = (): Omit<DatasetRow, 'key'> => ({ title: '', url: '', format: '', licence: '' });

export function datasetRows(datasets: readonly DatasetDto[]): DatasetRow[] {
  return datasets.map(({ id, title, url, format, licence }) => ({ key: rowKey(), id, title, url, format, licence }));
}

/**
 * The rows as the API takes them, in their order. A row for a data set the challenge already has
 * keeps its `id`, so submissions that cite it keep their link; new rows have none.
 */
export function datasetInputs(rows: readonly DatasetRow[]): DatasetInput[] {
  return rows.map((row) => ({
    ...(row.id ? { id: row.id } : {}),
    title: row.title.trim(),
    url: row.url.trim(),
    format: row.format.trim(),
    licence: row.licence.trim(),
  }));
}

export function formValuesFromChallenge(challenge: ChallengeDto | null, organizationId = ''): ChallengeFormValues {
  if (!challenge) {
    return {
      organizationId,
      title: '',
      description: '',
      prizes: '',
      contactName: '',
      contactEmail: '',
      datasets: [{ ...emptyDataset(), key: rowKey() }],
    };
  }
  return {
    organizationId: challenge.organization.id,
    title: challenge.title,
    description: challenge.description,
    prizes: challenge.prizes,
    contactName: challenge.contactName,
    contactEmail: challenge.contactEmail ?? '',
    datasets: datasetRows(challenge.datasets),
  };
}

export type FormResult<T> = { ok: true; input: T } | { ok: false; problems: FieldProblems };

/**
 * The create request, or what is wrong with it (checked with the API's own schema).
 * `organizationId` is sent only when the form asks for it (organizers, or an agency member
 * acting for more than one organization).
 */
export function createInputFromForm(
  values: ChallengeFormValues,
  { askOrganization }: { askOrganization: boolean },
): FormResult<CreateChallengeInput> {
  const parsed = CreateChallengeInput.safeParse({
    ...(askOrganization ? { organizationId: values.organizationId || undefined } : {}),
    title: values.title,
    description: values.description,
    prizes: values.prizes,
    contactName: values.contactName,
    contactEmail: values.contactEmail.trim() || null,
    datasets: datasetInputs(values.datasets),
  });
  const problems: FieldProblems = parsed.success ? {} : problemsFromIssues(parsed.error.issues);
  if (askOrganization && !values.organizationId) {
    problems['organizationId'] = { key: 'form.problem.choose', message: 'is required' };
  }
  if (!parsed.success || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, input: parsed.data };
}

/** Only what changed (null when nothing did); `datasets`, when changed, is the whole list in order. */
export function updateInputFromForm(
  values: ChallengeFormValues,
  original: ChallengeDto,
  { askOrganization }: { askOrganization: boolean },
): FormResult<UpdateChallengeInput | null> {
  const changes: Record<string, unknown> = {};
  if (askOrganization && values.organizationId !== original.organization.id) {
    changes['organizationId'] = values.organizationId;
  }
  if (values.title.trim() !== original.title) changes['title'] = values.title;
  if (values.description !== original.description) changes['description'] = values.description;
  if (values.prizes.trim() !== original.prizes) changes['prizes'] = values.prizes;
  if (values.contactName.trim() !== original.contactName) changes['contactName'] = values.contactName;
  const email = values.contactEmail.trim() || null;
  if (email !== original.contactEmail) changes['contactEmail'] = email;
  const datasets = datasetInputs(values.datasets);
  const before = datasetInputs(datasetRows(original.datasets));
  if (JSON.stringify(datasets) !== JSON.stringify(before)) changes['datasets'] = datasets;
  if (Object.keys(changes).length === 0) return { ok: true, input: null };
  const parsed = UpdateChallengeInput.safeParse(changes);
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues) };
  return { ok: true, input: parsed.data };
}
