import { ApiError } from '../../../lib/api-client';
import { type FormProblems, type Problem, problemFromError, problemsFromApiError } from '../../../lib/form-errors';

// The judging and leaderboard codes the API answers with; their wording is in the judging strings.
const JUDGING_CODES = new Set([
  'ROUND_NOT_FOUND',
  'CRITERION_NOT_FOUND',
  'ENTRY_NOT_FOUND',
  'ASSIGNMENT_NOT_FOUND',
  'RUBRIC_LOCKED',
  'RUBRIC_FULL',
  'CRITERION_KEY_TAKEN',
  'RESULTS_PUBLISHED',
  'ROUND_LOCKED',
  'ROUND_NOT_LOCKED',
  'HEAT_EXISTS',
  'FINAL_EXISTS',
  'NOT_A_HEAT',
  'NOT_A_FINAL',
  'SCORING_STARTED',
  'NOT_ON_PANEL',
  'JUROR_HAS_SCORES',
  'ALREADY_ASSIGNED',
  'CONFLICT_OF_INTEREST',
  'ALREADY_FROZEN',
  'NOT_FROZEN',
  'ALREADY_PUBLISHED',
  'JUDGING_NOT_OVER',
  'JUROR_NOT_FOUND',
  'UNJUDGED_PROJECTS',
]);

/** A refused judging request in the interface language (the API's English message otherwise). */
export function judgingProblem(error: unknown): Problem {
  if (error instanceof ApiError && JUDGING_CODES.has(error.code)) {
    return { key: `judging.errors.${error.code}`, message: error.message };
  }
  return problemFromError(error);
}

/** As `problemsFromApiError`, with the judging codes worded for the form-level problem. */
export function judgingProblems(error: unknown, knownFields: readonly string[]): FormProblems {
  const problems = problemsFromApiError(error, knownFields);
  if (!problems.form || problems.form.key || !(error instanceof ApiError) || !JUDGING_CODES.has(error.code)) {
    return problems;
  }
  // Fields the form does not show stay appended to the API's message; a known code says it better.
  return Object.keys(error.fields).every((path) => knownFields.includes(path))
    ? { ...problems, form: judgingProblem(error) }
    : problems;
}

/** The API refused a rubric change because scoring has started: it wants a confirmed re-score. */
export const needsRescore = (error: unknown): boolean => error instanceof ApiError && error.code === 'RUBRIC_LOCKED';
