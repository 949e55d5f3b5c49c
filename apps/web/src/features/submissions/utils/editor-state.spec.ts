import type { SubmissionDto } from '@hackboard/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { editorReducer, initialEditorState, isVersionConflict, theirChanges, unsavedFields } from './editor-state';
import { formValuesFromSubmission, freeDatasetPath, updateInputFromForm } from './submission-form';

const CATALOGUE_ID = '11111111-1111-4111-8111-111111111111';

const v3: SubmissionDto = {
  id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  eventId: '5b0c6f4e-4a3e-4f7e-9d51-6f5d7f0e2c11',
  team: { id: '3c2b1a09-8f7e-4d6c-8b5a-493827160504', name: 'Skolvägen' },
  challenge: { id: '6c4b7a1e-2f0d-4e5a-9b3c-1d2e3f4a5b6c', title: 'Safer routes to school' },
  challengeId: '6c4b7a1e-2f0d-4e5a-9b3c-1d2e3f4a5b6c',
  title: 'Trygga skolvägen',
  summary: 'Safer routes.',
  description: 'A map.',
  repositoryUrl: 'https://example.org/repo',
  demoUrl: null,
  videoUrl: null,
  images: [],
  datasets: [
    { datasetId: CATALOGUE_ID, title: 'Schools', url: 'https://example.se/schools' },
    { datasetId: null, title: 'OpenStreetMap', url: 'https://www.openstreetmap.org' },
  ],
  status: 'draft',
  version: 3,
  submittedAt: null,
  createdAt: '2026-05-19T16:00:00.000Z',
  updatedAt: '2026-05-20T10:00:00.000Z',
};

const v4: SubmissionDto = {
  ...v3,
  summary: 'Safer routes, scored.',
  version: 4,
  updatedAt: '2026-05-20T10:05:00.000Z',
};

describe('saving a submission', () => {
  it('sends only what changed, based on the version the form started from', () => {
    const state = editorReducer(initialEditorState(v3), {
      type: 'edit',
      patch: { title: ' Trygga skolvägen 2 ', demoUrl: 'https://demo.example.org' },
    });
    expect(updateInputFromForm(state.values, state.baseline)).toEqual({
      ok: true,
      input: { version: 3, title: 'Trygga skolvägen 2', demoUrl: 'https://demo.example.org' },
    });
  });

  it('has nothing to save when only the order of the data sets changed', () => {
    const state = initialEditorState(v3);
    const values = { ...state.values, freeDatasets: [...state.values.freeDatasets].reverse() };
    expect(updateInputFromForm(values, v3)).toEqual({ ok: true, input: null });
  });

  it('sends the whole list of data sets, catalogue first, when one is added', () => {
    const state = editorReducer(initialEditorState(v3), {
      type: 'edit',
      patch: { catalogue: [] },
    });
    const result = updateInputFromForm(state.values, v3);
    expect(result).toEqual({
      ok: true,
      input: { version: 3, datasets: [{ title: 'OpenStreetMap', url: 'https://www.openstreetmap.org' }] },
    });
  });

  it('names a free data set’s fields by their place after the catalogue ones', () => {
    const values = formValuesFromSubmission(v3);
    expect(freeDatasetPath(values, 0, 'url')).toBe('datasets.1.url');
    const broken = { ...values, freeDatasets: [{ ...values.freeDatasets[0]!, url: 'not a link' }] };
    const result = updateInputFromForm(broken, v3);
    expect(!result.ok && result.problems[freeDatasetPath(values, 0, 'url')]).toMatchObject({
      key: 'form.problem.webAddress',
    });
  });
});

describe('a teammate saving first', () => {
  it('keeps what the user typed and waits for them to choose', () => {
    let state = editorReducer(initialEditorState(v3), { type: 'edit', patch: { title: 'My title' } });
    state = editorReducer(state, { type: 'newer', submission: v4 });
    expect(state.values.title).toBe('My title');
    expect(state.baseline.version).toBe(3);
    expect(state.conflict?.version).toBe(4);
    expect(unsavedFields(state)).toEqual(['title']);
    expect(theirChanges(state)).toEqual(['summary']);
    // A save now would still name version 3, which the API refuses rather than overwrite version 4.
    const retry = updateInputFromForm(state.values, state.baseline);
    expect(retry.ok && retry.input?.version).toBe(3);
  });

  it('loads the newer version when the user asks, and saves on top of it from then on', () => {
    let state = editorReducer(initialEditorState(v3), { type: 'edit', patch: { title: 'My title' } });
    state = editorReducer(state, { type: 'newer', submission: v4 });
    state = editorReducer(state, { type: 'reload' });
    expect(state.conflict).toBeNull();
    expect(state.values.title).toBe('Trygga skolvägen');
    expect(state.values.summary).toBe('Safer routes, scored.');
    state = editorReducer(state, { type: 'edit', patch: { title: 'My title' } });
    const save = updateInputFromForm(state.values, state.baseline);
    expect(save).toEqual({ ok: true, input: { version: 4, title: 'My title' } });
  });

  it('shows the newer version at once when nothing typed would be lost', () => {
    const state = editorReducer(initialEditorState(v3), { type: 'newer', submission: v4 });
    expect(state.conflict).toBeNull();
    expect(state.baseline.version).toBe(4);
    expect(state.values.summary).toBe('Safer routes, scored.');
  });

  it('ignores a version it already has, and an older one', () => {
    const state = initialEditorState(v4);
    expect(editorReducer(state, { type: 'newer', submission: v3 })).toBe(state);
    expect(editorReducer(state, { type: 'newer', submission: v4 })).toBe(state);
  });

  it('starts again from the answer after a save', () => {
    let state = editorReducer(initialEditorState(v3), { type: 'edit', patch: { summary: 'Safer routes, scored.' } });
    state = editorReducer(state, { type: 'saved', submission: v4 });
    expect(state.baseline).toBe(v4);
    expect(unsavedFields(state)).toEqual([]);
  });

  it('recognises the API’s refusal of a stale version', () => {
    expect(isVersionConflict(new ApiError(409, 'VERSION_CONFLICT', 'Someone saved first.'))).toBe(true);
    expect(isVersionConflict(new ApiError(409, 'DEADLINE_PASSED', 'Locked.'))).toBe(false);
    expect(isVersionConflict(new Error('VERSION_CONFLICT'))).toBe(false);
  });
});
