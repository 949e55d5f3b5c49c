import {
  CreateEventInput,
  type EventDto,
  type JudgingMode,
  type LeaderboardVisibility,
  type ScoreNormalization,
  timelineProblems,
  UpdateEventInput,
} from '@hackboard/contracts';
import { type FieldProblems, problemFromMessage, problemsFromIssues } from '../../../lib/form-errors';
import { fromZonedInputValue, isKnownTimeZone, toZonedInputValue } from '../../../lib/zoned-time';
import { MILESTONES, type Milestone } from './milestones';
import { DEFAULT_TIME_ZONE } from './time-zones';

/** What the event form holds: text as typed, timeline as datetime-local values in the chosen timezone. */
export interface EventFormValues {
  slug: string;
  name: string;
  tagline: string;
  description: string;
  timezone: string;
  timeline: Record<Milestone, string>;
  maxTeamSize: string;
  judgingMode: JudgingMode;
  leaderboardVisibility: LeaderboardVisibility;
  scoreNormalization: ScoreNormalization;
  audienceVote: boolean;
  requireCatalogueDataset: boolean;
  requireVerifiedEmail: boolean;
  isPublic: boolean;
}

/** Every field path the form shows, in the order of the form (the error summary follows it). */
export const EVENT_FORM_FIELDS = [
  'name',
  'slug',
  'tagline',
  'description',
  'timezone',
  ...MILESTONES.map((key) => `timeline.${key}` as const),
  'maxTeamSize',
  'judgingMode',
  'leaderboardVisibility',
  'scoreNormalization',
  'audienceVote',
  'requireCatalogueDataset',
  'requireVerifiedEmail',
  'isPublic',
] as const;

export function formValuesFromEvent(event: EventDto): EventFormValues {
  const local = (iso: string | null) => (iso ? toZonedInputValue(iso, event.timezone) : '');
  return {
    slug: event.slug,
    name: event.name,
    tagline: event.tagline,
    description: event.description,
    timezone: event.timezone,
    timeline: {
      registrationOpensAt: local(event.timeline.registrationOpensAt),
      hackingStartsAt: local(event.timeline.hackingStartsAt),
      submissionDeadline: local(event.timeline.submissionDeadline),
      judgingEndsAt: local(event.timeline.judgingEndsAt),
      resultsPublishedAt: local(event.timeline.resultsPublishedAt),
    },
    maxTeamSize: String(event.maxTeamSize),
    judgingMode: event.judgingMode,
    leaderboardVisibility: event.leaderboardVisibility,
    scoreNormalization: event.scoreNormalization,
    audienceVote: event.audienceVote,
    requireCatalogueDataset: event.requireCatalogueDataset,
    requireVerifiedEmail: event.requireVerifiedEmail,
    isPublic: event.isPublic,
  };
}

/**
 * A new event's suggested settings: registration from tomorrow, a weekend of hacking about a month
 * later (Friday 17:00 to Sunday 15:00), a week of judging. Organizers change what does not fit.
 */
export function newEventFormValues(now: number, timezone = DEFAULT_TIME_ZONE): EventFormValues {
  const today = toZonedInputValue(new Date(now).toISOString(), timezone).slice(0, 10);
  const day = (offset: number) => {
    const date = new Date(`${today}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + offset);
    return date;
  };
  const dateOf = (date: Date) => date.toISOString().slice(0, 10);
  const friday = day(28);
  friday.setUTCDate(friday.getUTCDate() + ((5 - friday.getUTCDay() + 7) % 7));
  const after = (date: Date, days: number) => {
    const copy = new Date(date);
    copy.setUTCDate(copy.getUTCDate() + days);
    return copy;
  };
  return {
    slug: '',
    name: '',
    tagline: '',
    description: '',
    timezone,
    timeline: {
      registrationOpensAt: `${dateOf(day(1))}T09:00`,
      hackingStartsAt: `${dateOf(friday)}T17:00`,
      submissionDeadline: `${dateOf(after(friday, 2))}T15:00`,
      judgingEndsAt: `${dateOf(after(friday, 9))}T17:00`,
      resultsPublishedAt: '',
    },
    maxTeamSize: '5',
    judgingMode: 'rubric',
    leaderboardVisibility: 'organizers-until-published',
    scoreNormalization: 'raw',
    audienceVote: true,
    requireCatalogueDataset: false,
    requireVerifiedEmail: false,
    isPublic: false,
  };
}

/** A web address from a name: lowercase ASCII, digits and single dashes (`Öppna data – Malmö` → `oppna-data-malmo`). */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

interface TimelineResult {
  /** ISO 8601 instants with the timezone's offset; null for an empty optional milestone. */
  timeline: Partial<Record<Milestone, string | null>>;
  problems: FieldProblems;
}

/** The datetime-local values read in the form's timezone; `only` limits which milestones are read. */
export function timelineFromForm(values: EventFormValues, only: readonly Milestone[] = MILESTONES): TimelineResult {
  const timeline: TimelineResult['timeline'] = {};
  const problems: FieldProblems = {};
  if (!isKnownTimeZone(values.timezone)) {
    problems['timezone'] = problemFromMessage('must be an IANA timezone such as Europe/Stockholm');
    return { timeline, problems };
  }
  for (const key of only) {
    const raw = values.timeline[key].trim();
    if (!raw) {
      if (key === 'resultsPublishedAt') timeline[key] = null;
      else problems[`timeline.${key}`] = { key: 'form.problem.required', message: 'is required' };
      continue;
    }
    const iso = fromZonedInputValue(raw, values.timezone);
    if (iso) timeline[key] = iso;
    else problems[`timeline.${key}`] = { key: 'form.problem.dateTime', message: 'must be a date and time' };
  }
  return { timeline, problems };
}

function teamSize(values: EventFormValues): number | FieldProblems {
  const raw = values.maxTeamSize.trim();
  return /^\d+$/.test(raw)
    ? Number(raw)
    : { maxTeamSize: { key: 'form.problem.number', message: 'must be a whole number' } };
}

export type FormResult<T> = { ok: true; input: T } | { ok: false; problems: FieldProblems };

/** The create request for the form, or what is wrong with it (checked with the API's own schema). */
export function createInputFromForm(values: EventFormValues): FormResult<CreateEventInput> {
  const { timeline, problems } = timelineFromForm(values);
  const size = teamSize(values);
  const raw = {
    slug: values.slug.trim(),
    name: values.name,
    tagline: values.tagline,
    description: values.description,
    timezone: values.timezone,
    maxTeamSize: typeof size === 'number' ? size : 1,
    judgingMode: values.judgingMode,
    leaderboardVisibility: values.leaderboardVisibility,
    audienceVote: values.audienceVote,
    requireCatalogueDataset: values.requireCatalogueDataset,
    requireVerifiedEmail: values.requireVerifiedEmail,
    timeline,
  };
  const parsed = CreateEventInput.safeParse(raw);
  const all: FieldProblems = {
    ...(parsed.success ? {} : problemsFromIssues(parsed.error.issues)),
    ...(Object.keys(problems).length === 0 ? problemsOfTimeline(timeline) : {}),
    ...(typeof size === 'number' ? {} : size),
    ...problems,
  };
  if (!parsed.success || Object.keys(all).length > 0) return { ok: false, problems: ordered(all) };
  return { ok: true, input: parsed.data };
}

/**
 * The update request with only what changed (null when nothing did), or what is wrong. A milestone
 * counts as changed when its shown value was edited or the timezone changed, so times stored with
 * seconds are not rounded to the minute by saving some other setting.
 */
export function updateInputFromForm(values: EventFormValues, original: EventDto): FormResult<UpdateEventInput | null> {
  const before = formValuesFromEvent(original);
  const zoneChanged = values.timezone !== before.timezone;
  const edited = MILESTONES.filter((key) => zoneChanged || values.timeline[key].trim() !== before.timeline[key]);
  const { timeline, problems } = timelineFromForm(values, edited);
  const size = teamSize(values);

  const changes: Record<string, unknown> = {};
  if (values.name.trim() !== original.name) changes['name'] = values.name;
  if (values.tagline.trim() !== original.tagline) changes['tagline'] = values.tagline;
  if (values.description !== original.description) changes['description'] = values.description;
  if (zoneChanged) changes['timezone'] = values.timezone;
  if (typeof size === 'number' && size !== original.maxTeamSize) changes['maxTeamSize'] = size;
  for (const key of [
    'judgingMode',
    'leaderboardVisibility',
    'scoreNormalization',
    'audienceVote',
    'requireCatalogueDataset',
    'requireVerifiedEmail',
    'isPublic',
  ] as const) {
    if (values[key] !== original[key]) changes[key] = values[key];
  }
  if (edited.length > 0) changes['timeline'] = timeline;

  const all: FieldProblems = { ...problems, ...(typeof size === 'number' ? {} : size) };
  if (Object.keys(all).length === 0) {
    // The API checks the merged timeline as a whole; so does the form, before asking.
    Object.assign(all, problemsOfTimeline({ ...original.timeline, ...timeline }));
  }
  if (Object.keys(changes).length === 0 && Object.keys(all).length === 0) return { ok: true, input: null };
  const parsed = UpdateEventInput.safeParse(changes);
  if (!parsed.success) Object.assign(all, problemsFromIssues(parsed.error.issues));
  if (!parsed.success || Object.keys(all).length > 0) return { ok: false, problems: ordered(all) };
  return { ok: true, input: parsed.data };
}

function problemsOfTimeline(timeline: Partial<Record<Milestone, string | null>>): FieldProblems {
  const problems: FieldProblems = {};
  for (const [path, message] of Object.entries(timelineProblems(timeline)))
    problems[path] = problemFromMessage(message);
  return problems;
}

/** Problems in the order of the form's fields, so the summary reads top to bottom. */
function ordered(problems: FieldProblems): FieldProblems {
  const result: FieldProblems = {};
  for (const path of EVENT_FORM_FIELDS) if (problems[path]) result[path] = problems[path];
  for (const [path, problem] of Object.entries(problems)) result[path] ??= problem;
  return result;
}
