import { ApiError } from './api-client';

/**
 * What is wrong with a field or a form, ready to be said in the interface language: a translation
 * key with its values, or, for a message the app does not know, the API's own (English) message.
 */
export interface Problem {
  key?: string;
  values?: Record<string, string | number>;
  message: string;
}

export type FieldProblems = Record<string, Problem>;

export interface FormProblems {
  fields: FieldProblems;
  /** A problem with the form as a whole (or one the app cannot place next to a field). */
  form: Problem | null;
}

export const NO_PROBLEMS: FormProblems = { fields: {}, form: null };

export function hasProblems(problems: FormProblems): boolean {
  return problems.form !== null || Object.keys(problems.fields).length > 0;
}

// The API's field messages (libs/contracts), recognised so they can be said in Swedish too.
const MESSAGE_PATTERNS: [RegExp, (match: RegExpExecArray) => Omit<Problem, 'message'>][] = [
  [/^is required$/i, () => ({ key: 'form.problem.required' })],
  [/^must be at least (\d+) characters?$/i, (m) => ({ key: 'form.problem.tooShort', values: { count: Number(m[1]) } })],
  [/^must be at most (\d+) characters?$/i, (m) => ({ key: 'form.problem.tooLong', values: { count: Number(m[1]) } })],
  [/^must be an email address$/i, () => ({ key: 'form.problem.email' })],
  [/^is already (?:taken|registered)\b/i, () => ({ key: 'form.problem.taken' })],
  [/^must be after (\w+)$/i, (m) => ({ key: 'form.problem.after', values: { milestone: m[1]! } })],
  [/^must be at or after (\w+)$/i, (m) => ({ key: 'form.problem.atOrAfter', values: { milestone: m[1]! } })],
  [/^may hold only lowercase letters, digits and single dashes$/i, () => ({ key: 'form.problem.slug' })],
  [/^must be an IANA timezone/i, () => ({ key: 'form.problem.timezone' })],
  [/^must be a date and time/i, () => ({ key: 'form.problem.dateTime' })],
  [/^is not a known field$/i, () => ({ key: 'form.problem.unknownField' })],
  [/^must be a web address/i, () => ({ key: 'form.problem.webAddress' })],
  [/^is required\b/i, () => ({ key: 'form.problem.required' })],
  [/^is listed twice$/i, () => ({ key: 'form.problem.listedTwice' })],
  [/^may hold at most (\d+)/i, (m) => ({ key: 'form.problem.tooMany', values: { count: Number(m[1]) } })],
  [/^is not a data set in this event.s catalogue$/i, () => ({ key: 'form.problem.notInCatalogue' })],
  [
    /^must include at least one data set from the event.s catalogue$/i,
    () => ({ key: 'form.problem.catalogueRequired' }),
  ],
  [/^is not one of this challenge.s data sets$/i, () => ({ key: 'form.problem.notInChallenge' })],
  [/^(?:matches no team in this event|is not an invite code)$/i, () => ({ key: 'form.problem.inviteCode' })],
  [/^is not a challenge of this event$/i, () => ({ key: 'form.problem.choose' })],
  [/^does not exist$/i, () => ({ key: 'form.problem.choose' })],
  [/^has no members$/i, () => ({ key: 'form.problem.noMembers' })],
  [/^must be (?:a|an id) \(?UUID\)?$|^must be a UUID$/i, () => ({ key: 'form.problem.choose' })],
];

/** A field message from the API (or a contract schema) as a Problem. */
export function problemFromMessage(message: string): Problem {
  for (const [pattern, toProblem] of MESSAGE_PATTERNS) {
    const match = pattern.exec(message.trim());
    if (match) return { ...toProblem(match), message };
  }
  return { message };
}

/** Error codes the API answers with that have their own wording in the locales. */
const KNOWN_CODES = new Set([
  'INVALID_CREDENTIALS',
  'EMAIL_TAKEN',
  'SESSION_EXPIRED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'VALIDATION_FAILED',
  'BAD_REQUEST',
  'SLUG_TAKEN',
  'TIMELINE_INVALID',
  'NO_NEXT_PHASE',
  'REGISTRATION_CLOSED',
  'ROLE_CONFLICT',
  'LAST_ORGANIZER',
  'MEMBERSHIP_NOT_FOUND',
  'EVENT_NOT_FOUND',
  'NOT_FOUND',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
  'NETWORK',
  'TOO_MANY_ATTEMPTS',
  'SSO_REQUIRED',
  'SSO_LAST_SIGN_IN_METHOD',
  'SSO_PROVIDER_ALREADY_LINKED',
  'SSO_IDENTITY_NOT_FOUND',
  'SSO_PROVIDER_UNKNOWN',
  'SSO_PROVIDER_UNAVAILABLE',
  'TEAM_NOT_FOUND',
  'NOT_IN_TEAM',
  'INVITE_CODE_INVALID',
  'ALREADY_IN_TEAM',
  'TEAM_FULL',
  'TEAM_NAME_TAKEN',
  'NOT_A_MEMBER',
  'NOT_CAPTAIN',
  'MEMBER_NOT_FOUND',
  'DEADLINE_PASSED',
  'SUBMISSION_NOT_FOUND',
  'CHALLENGE_NOT_FOUND',
  'SUBMISSION_EXISTS',
  'VERSION_CONFLICT',
  'CATALOGUE_DATASET_REQUIRED',
  'ALREADY_SUBMITTED',
  'NOT_SUBMITTED',
  'ORGANIZATION_REQUIRED',
  'ORGANIZATION_NOT_FOUND',
  'NOT_YOUR_ORGANIZATION',
  'NOT_YOUR_CHALLENGE',
  'DATASET_NOT_FOUND',
  'HAS_SUBMISSIONS',
  'NAME_TAKEN',
  'INVITATION_NOT_FOUND',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  'INVITATION_FOR_OTHER_EMAIL',
  'EMAIL_NOT_VERIFIED',
  'RESET_TOKEN_INVALID',
  'VERIFICATION_TOKEN_INVALID',
  'EMAIL_CHANGE_TOKEN_INVALID',
  'UNSUBSCRIBE_TOKEN_INVALID',
  'TOO_MANY_MESSAGES',
  'NO_RECIPIENTS',
  'MAIL_NOT_FAILED',
]);

/** The error of a whole request as a Problem: its code's wording, or the API's message. */
export function problemFromError(error: unknown): Problem {
  if (error instanceof ApiError) {
    if (error.code === 'TOO_MANY_WRITES') {
      return {
        key: 'errors.TOO_MANY_WRITES',
        values: { seconds: error.retryAfterSeconds ?? 60 },
        message: error.message,
      };
    }
    return KNOWN_CODES.has(error.code)
      ? { key: `errors.${error.code}`, message: error.message }
      : { message: error.message };
  }
  if (error instanceof TypeError) return { key: 'errors.NETWORK', message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}

/**
 * An API error as problems per field (from its `fields`) plus one for the form. Field paths the
 * form does not show (`knownFields`) stay in the form-level problem, so nothing is lost.
 */
export function problemsFromApiError(error: unknown, knownFields?: readonly string[]): FormProblems {
  const fields: FieldProblems = {};
  const unplaced: string[] = [];
  if (error instanceof ApiError) {
    for (const [path, message] of Object.entries(error.fields)) {
      if (!knownFields || knownFields.includes(path)) fields[path] = problemFromMessage(message);
      else unplaced.push(`${path}: ${message}`);
    }
  }
  const form = problemFromError(error);
  if (unplaced.length > 0) return { fields, form: { message: `${form.message} (${unplaced.join('; ')})` } };
  return { fields, form };
}

/** The shape of a zod issue this module reads; kept structural so forms need not import zod. */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  format?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: string[];
}

/** Client-side validation with a contract schema, one problem per field path (the first one wins). */
export function problemsFromIssues(issues: readonly SchemaIssue[]): FieldProblems {
  const fields: FieldProblems = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= problemFromIssue(issue);
  }
  return fields;
}

function problemFromIssue(issue: SchemaIssue): Problem {
  const { message } = issue;
  const limit = Number(issue.minimum ?? issue.maximum ?? 0);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return limit <= 1 ? { key: 'form.problem.required', message } : problemFromMessage(message);
      }
      if (issue.origin === 'number') return { key: 'form.problem.numberMin', values: { min: limit }, message };
      break;
    case 'too_big':
      if (issue.origin === 'string') return { key: 'form.problem.tooLong', values: { count: limit }, message };
      if (issue.origin === 'number') return { key: 'form.problem.numberMax', values: { max: limit }, message };
      break;
    case 'invalid_type':
      if (issue.expected === 'number') return { key: 'form.problem.number', message };
      return { key: 'form.problem.required', message };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'form.problem.email', message };
      if (issue.format === 'datetime') return { key: 'form.problem.dateTime', message };
      break;
    case 'invalid_value':
      return { key: 'form.problem.choose', message };
  }
  return problemFromMessage(message);
}

/** The id of the input for a field path: `timeline.submissionDeadline` → `event-timeline-submissionDeadline`. */
export function fieldId(form: string, path: string): string {
  return `${form}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
