import { ApiError } from '../../../lib/api-client';
import { type FormProblems, type Problem, problemFromError, problemsFromApiError } from '../../../lib/form-errors';

// Codes of the judging, review and pairwise endpoints that have their own wording under `jury.errors`.
const JURY_CODES = new Set([
  'NOT_ASSIGNED',
  'CONFLICT_OF_INTEREST',
  'NOT_JUDGING',
  'NOT_JUDGING_PHASE',
  'NOT_RUBRIC_MODE',
  'NOT_PAIRWISE',
  'ROUND_LOCKED',
  'ROUND_NOT_FOUND',
  'ENTRY_NOT_FOUND',
  'NOT_ON_PANEL',
  'PAIR_NOT_OFFERED',
  'SUBMISSION_NOT_FOUND',
  'CONFLICT_ALREADY_DECLARED',
  'CONFLICT_NOT_FOUND',
  'RESULTS_PUBLISHED',
  'FORBIDDEN',
  'BUSY',
]);

/** A failed request on the juror's pages as a Problem, in the interface language where the code is known. */
export function juryProblem(error: unknown): Problem {
  if (error instanceof ApiError && JURY_CODES.has(error.code)) {
    return { key: `jury.errors.${error.code}`, message: error.message };
  }
  return problemFromError(error);
}

/** Like `problemsFromApiError`, with the juror's own error codes worded. */
export function juryProblems(error: unknown, knownFields: readonly string[]): FormProblems {
  const problems = problemsFromApiError(error, knownFields);
  // Some codes (SUBMISSION_NOT_FOUND) also have a participant's wording; a juror gets theirs.
  if (problems.form && error instanceof ApiError && JURY_CODES.has(error.code)) {
    return { ...problems, form: juryProblem(error) };
  }
  return problems;
}

/** The API's "must be between 1 and 10" for a score, said in either language. */
export function scoreProblem(problem: Problem): Problem {
  const match = /^must be between (-?\d+) and (-?\d+)$/i.exec(problem.message.trim());
  if (match)
    return {
      key: 'jury.score.between',
      values: { min: Number(match[1]), max: Number(match[2]) },
      message: problem.message,
    };
  if (/^is not a criterion of this round.s rubric$/i.test(problem.message.trim())) {
    return { key: 'jury.score.unknownCriterion', message: problem.message };
  }
  return problem;
}
