import { z } from 'zod';
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
