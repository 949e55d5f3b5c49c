import type { ChallengeDto } from '@hackboard/contracts';
import { describe, expect, it } from 'vitest';
import { addRow, moveRow, removeRow, updateRow } from '../../../lib/rows';
import {
  createInputFromForm,
  type DatasetRow,
  datasetInputs,
  emptyDataset,
  formValuesFromChallenge,
  updateInputFromForm,
} from './challenge-form';

const challenge: ChallengeDto = {
  id: '6c4b7a1e-2f0d-4e5a-9b3c-1d2e3f4a5b6c',
  eventId: '5b0c6f4e-4a3e-4f7e-9d51-6f5d7f0e2c11',
  organization: {
    id: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
    name: 'Södertälje kommun',
    kind: 'municipality',
    website: 'https://www.sodertalje.se',
  },
  title: 'Safer routes to school',
  description: 'Help children walk to school.',
  prizes: 'SEK 20,000',
  contactName: 'Sara',
  contactEmail: 'sara@example.se',
  datasets: [
    {
      id: '11111111-1111-4111-8111-111111111111',
      title: 'Schools',
      url: 'https://example.se/schools',
      format: 'GeoJSON',
      licence: 'CC0 1.0',
    },
    {
      id: '22222222-2222-4222-8222-222222222222',
      title: 'Traffic flow',
      url: 'https://example.se/traffic',
      format: 'CSV',
      licence: 'CC0 1.0',
    },
  ],
  createdAt: '2026-05-01T08:00:00.000Z',
  updatedAt: '2026-05-01T08:00:00.000Z',
};

const options = { askOrganization: false };

describe('the data-set editor rows', () => {
  it('keeps the id of every existing data set through a reorder, an edit and an addition', () => {
    const values = formValuesFromChallenge(challenge);
    let rows: DatasetRow[] = values.datasets;
    rows = moveRow(rows, rows[1]!.key, -1);
    rows = updateRow(rows, rows[1]!.key, { title: 'Schools and preschools' });
    rows = addRow<DatasetRow>(rows, {
      ...emptyDataset(),
      title: 'Accidents',
      url: 'https://example.se/accidents',
      format: 'CSV',
      licence: 'CC BY 4.0',
    });
    const result = updateInputFromForm({ ...values, datasets: rows }, challenge, options);
    expect(result).toEqual({
      ok: true,
      input: {
        datasets: [
          {
            id: '22222222-2222-4222-8222-222222222222',
            title: 'Traffic flow',
            url: 'https://example.se/traffic',
            format: 'CSV',
            licence: 'CC0 1.0',
          },
          {
            id: '11111111-1111-4111-8111-111111111111',
            title: 'Schools and preschools',
            url: 'https://example.se/schools',
            format: 'GeoJSON',
            licence: 'CC0 1.0',
          },
          { title: 'Accidents', url: 'https://example.se/accidents', format: 'CSV', licence: 'CC BY 4.0' },
        ],
      },
    });
  });

  it('sends the remaining list when a data set is removed', () => {
    const values = formValuesFromChallenge(challenge);
    const rows = removeRow(values.datasets, values.datasets[0]!.key);
    const result = updateInputFromForm({ ...values, datasets: rows }, challenge, options);
    expect(result.ok && result.input?.datasets?.map((d) => d.id)).toEqual(['22222222-2222-4222-8222-222222222222']);
  });

  it('sends no data sets when only their whitespace changed, and nothing when nothing changed', () => {
    const values = formValuesFromChallenge(challenge);
    const rows = updateRow(values.datasets, values.datasets[0]!.key, { title: ' Schools ' });
    expect(updateInputFromForm({ ...values, datasets: rows }, challenge, options)).toEqual({ ok: true, input: null });
  });

  it('trims what is typed and gives a new row no id', () => {
    const rows = addRow<DatasetRow>([], {
      ...emptyDataset(),
      title: ' A ',
      url: ' https://a.se ',
      format: 'CSV',
      licence: 'CC0',
    });
    expect(datasetInputs(rows)).toEqual([{ title: 'A', url: 'https://a.se', format: 'CSV', licence: 'CC0' }]);
  });

  it('puts a problem in a row next to its field, by the row’s place in the list', () => {
    const values = formValuesFromChallenge(null);
    values.title = 'Open budgets';
    values.description = 'Show where the money goes.';
    values.contactName = 'Kim';
    values.datasets = addRow(values.datasets, {
      ...emptyDataset(),
      title: 'Budget',
      url: 'ftp://x',
      format: 'CSV',
      licence: 'CC0',
    });
    const result = createInputFromForm(values, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems['datasets.0.title']).toMatchObject({ key: 'form.problem.required' });
    expect(result.problems['datasets.1.url']).toMatchObject({ key: 'form.problem.webAddress' });
    expect(result.problems['datasets.1.title']).toBeUndefined();
  });
});

describe('the challenge form', () => {
  it('asks organizers which organization poses the challenge', () => {
    const values = {
      ...formValuesFromChallenge(null),
      title: 'Open budgets',
      description: 'Show where the money goes.',
      contactName: 'Kim',
      datasets: [],
    };
    const refused = createInputFromForm(values, { askOrganization: true });
    expect(!refused.ok && refused.problems['organizationId']).toMatchObject({ key: 'form.problem.choose' });
    const accepted = createInputFromForm(
      { ...values, organizationId: challenge.organization.id, contactEmail: '' },
      { askOrganization: true },
    );
    expect(accepted).toEqual({
      ok: true,
      input: {
        organizationId: challenge.organization.id,
        title: 'Open budgets',
        description: 'Show where the money goes.',
        prizes: '',
        contactName: 'Kim',
        contactEmail: null,
        datasets: [],
      },
    });
  });

  it('sends only the fields that changed', () => {
    const values = formValuesFromChallenge(challenge);
    const result = updateInputFromForm({ ...values, prizes: 'SEK 25,000', contactEmail: '' }, challenge, options);
    expect(result).toEqual({ ok: true, input: { prizes: 'SEK 25,000', contactEmail: null } });
  });
});
