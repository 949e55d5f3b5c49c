import type { SubmissionDto } from '@hackboard/contracts';
import { ApiError } from '../../../lib/api-client';
import {
  changedFields,
  formValuesFromSubmission,
  type SubmissionField,
  type SubmissionFormValues,
} from './submission-form';

/**
 * The submission editor's state. `baseline` is the saved version the form is based on; every save
 * names its version. When a teammate saves first, the newer version waits in `conflict` and the
 * form keeps what the user typed: nothing is overwritten, and nothing is saved on top of theirs,
 * until the user chooses to load it.
 */
export interface EditorState {
  baseline: SubmissionDto;
  values: SubmissionFormValues;
  conflict: SubmissionDto | null;
}

export type EditorAction =
  | { type: 'edit'; patch: Partial<SubmissionFormValues> }
  /** The API saved a change (or a submit or withdraw) and answered with the new version. */
  | { type: 'saved'; submission: SubmissionDto }
  /** The API has a version newer than the baseline: from a refused save, or from fetching again. */
  | { type: 'newer'; submission: SubmissionDto }
  /** The user chose to continue from the newer version, leaving their unsaved changes. */
  | { type: 'reload' };

export function initialEditorState(submission: SubmissionDto): EditorState {
  return { baseline: submission, values: formValuesFromSubmission(submission), conflict: null };
}

export function unsavedFields(state: EditorState): SubmissionField[] {
  return changedFields(state.values, formValuesFromSubmission(state.baseline));
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edit':
      return { ...state, values: { ...state.values, ...action.patch } };
    case 'saved':
      return initialEditorState(action.submission);
    case 'newer': {
      if (action.submission.version <= state.baseline.version) return state;
      if (state.conflict && action.submission.version <= state.conflict.version) return state;
      // Nothing typed would be lost: simply show the newer version.
      if (unsavedFields(state).length === 0) return initialEditorState(action.submission);
      return { ...state, conflict: action.submission };
    }
    case 'reload':
      return state.conflict ? initialEditorState(state.conflict) : state;
  }
}

/** Whether an error is the API refusing a change based on an old version. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'VERSION_CONFLICT';
}

/** What the teammate's newer version changed, compared with the version the user started from. */
export function theirChanges(state: EditorState): SubmissionField[] {
  if (!state.conflict) return [];
  return changedFields(formValuesFromSubmission(state.conflict), formValuesFromSubmission(state.baseline));
}
