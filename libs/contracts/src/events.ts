import { z } from 'zod';
import { EventRole } from './auth.js';
import { ScoreNormalization } from './leaderboards.js';
import { pageOf } from './pagination.js';

export const JUDGING_MODES = ['rubric', 'pairwise'] as const;
export const JudgingMode = z.enum(JUDGING_MODES);
export type JudgingMode = z.infer<typeof JudgingMode>;

export const LEADERBOARD_VISIBILITIES = ['live', 'organizers-until-published', 'frozen'] as const;
export const LeaderboardVisibility = z.enum(LEADERBOARD_VISIBILITIES);
export type LeaderboardVisibility = z.infer<typeof LeaderboardVisibility>;

/** The phases of an event, in order; the current one is derived from the timeline and the clock. */
export const EVENT_PHASES = ['draft', 'upcoming', 'registration', 'hacking', 'judging', 'closed', 'published'] as const;
export const EventPhase = z.enum(EVENT_PHASES);
export type EventPhase = z.infer<typeof EventPhase>;

export const EventTimeline = z.object({
  registrationOpensAt: z.iso.datetime({ offset: true }),
  hackingStartsAt: z.iso.datetime({ offset: true }),
  submissionDeadline: z.iso.datetime({ offset: true }),
  judgingEndsAt: z.iso.datetime({ offset: true }),
  resultsPublishedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type EventTimeline = z.infer<typeof EventTimeline>;

export const EventSummaryDto = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  tagline: z.string(),
  timezone: z.string(),
  phase: EventPhase,
  timeline: EventTimeline,
});
export type EventSummaryDto = z.infer<typeof EventSummaryDto>;

export const EventDto = EventSummaryDto.extend({
  description: z.string(),
  maxTeamSize: z.number().int(),
  judgingMode: JudgingMode,
  leaderboardVisibility: LeaderboardVisibility,
  audienceVote: z.boolean(),
  requireCatalogueDataset: z.boolean(),
  /** Joining the event needs an email address confirmed by mail. */
  requireVerifiedEmail: z.boolean(),
  isPublic: z.boolean(),
  scoreNormalization: ScoreNormalization,
  /** Since when the leaderboard is frozen (with `frozen` visibility the public sees that snapshot); null when live. */
  leaderboardFrozenAt: z.iso.datetime().nullable(),
});
export type EventDto = z.infer<typeof EventDto>;

export const EventPageDto = pageOf(EventSummaryDto);
export type EventPageDto = z.infer<typeof EventPageDto>;

/**
 * The phase an event is in at `now`, from its timeline. An event that is not public yet is a draft.
 * Boundaries belong to the later phase: at the submission deadline itself, hacking is over.
 */
export function derivePhase(timeline: EventTimeline, now: Date, isPublic: boolean): EventPhase {
  if (!isPublic) return 'draft';
  const t = now.getTime();
  if (timeline.resultsPublishedAt && t >= Date.parse(timeline.resultsPublishedAt)) return 'published';
  if (t >= Date.parse(timeline.judgingEndsAt)) return 'closed';
  if (t >= Date.parse(timeline.submissionDeadline)) return 'judging';
  if (t >= Date.parse(timeline.hackingStartsAt)) return 'hacking';
  if (t >= Date.parse(timeline.registrationOpensAt)) return 'registration';
  return 'upcoming';
}

const instant = z.iso.datetime({ offset: true, message: 'must be a date and time with a timezone offset (ISO 8601)' });

const timezone = z
  .string()
  .max(64)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'must be an IANA timezone such as Europe/Stockholm' },
  );

export const TimelineInput = z.strictObject({
  registrationOpensAt: instant,
  hackingStartsAt: instant,
  submissionDeadline: instant,
  judgingEndsAt: instant,
  resultsPublishedAt: instant.nullable().optional(),
});
export type TimelineInput = z.infer<typeof TimelineInput>;

/** The milestones in the order they must come; returns a message per field that is out of order. */
export function timelineProblems(timeline: Partial<Record<keyof EventTimeline, string | null | undefined>>) {
  const order = [
    'registrationOpensAt',
    'hackingStartsAt',
    'submissionDeadline',
    'judgingEndsAt',
    'resultsPublishedAt',
  ] as const;
  const problems: Record<string, string> = {};
  let previous: { key: string; at: number } | null = null;
  for (const key of order) {
    const value = timeline[key];
    if (!value) continue;
    const at = Date.parse(value);
    const strictlyAfter = key === 'submissionDeadline';
    if (previous && (strictlyAfter ? at <= previous.at : at < previous.at)) {
      problems[`timeline.${key}`] = `must be ${strictlyAfter ? 'after' : 'at or after'} ${previous.key}`;
    }
    previous = { key, at };
  }
  return problems;
}

const eventSettings = {
  name: z.string().trim().min(1, 'is required').max(200),
  tagline: z.string().trim().max(300).default(''),
  description: z.string().max(20_000).default(''),
  timezone: timezone.default('Europe/Stockholm'),
  maxTeamSize: z.number().int().min(1).max(50).default(5),
  judgingMode: JudgingMode.default('rubric'),
  leaderboardVisibility: LeaderboardVisibility.default('organizers-until-published'),
  audienceVote: z.boolean().default(true),
  requireCatalogueDataset: z.boolean().default(false),
  requireVerifiedEmail: z.boolean().default(false),
};

/** An event's web address: lowercase letters and digits in groups joined by single dashes. */
export const EVENT_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const CreateEventInput = z
  .strictObject({
    slug: z
      .string()
      .min(3, 'must be at least 3 characters')
      .max(80)
      .regex(EVENT_SLUG, 'may hold only lowercase letters, digits and single dashes'),
    ...eventSettings,
    timeline: TimelineInput,
  })
  .superRefine((input, ctx) => {
    for (const [path, message] of Object.entries(timelineProblems(input.timeline))) {
      ctx.addIssue({ code: 'custom', path: path.split('.'), message });
    }
  });
export type CreateEventInput = z.infer<typeof CreateEventInput>;

/** Settings an organizer changes later; the timeline is checked again as a whole once merged. */
export const UpdateEventInput = z
  .strictObject({
    name: eventSettings.name,
    tagline: z.string().trim().max(300),
    description: z.string().max(20_000),
    timezone,
    maxTeamSize: z.number().int().min(1).max(50),
    judgingMode: JudgingMode,
    leaderboardVisibility: LeaderboardVisibility,
    audienceVote: z.boolean(),
    requireCatalogueDataset: z.boolean(),
    requireVerifiedEmail: z.boolean(),
    isPublic: z.boolean(),
    scoreNormalization: ScoreNormalization,
    timeline: TimelineInput.partial(),
  })
  .partial()
  .refine((input) => Object.keys(input).length > 0, { message: 'give at least one setting to change' });
export type UpdateEventInput = z.infer<typeof UpdateEventInput>;

export const EventMemberDto = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: EventRole,
  organizationId: z.uuid().nullable(),
  since: z.iso.datetime(),
});
export type EventMemberDto = z.infer<typeof EventMemberDto>;
