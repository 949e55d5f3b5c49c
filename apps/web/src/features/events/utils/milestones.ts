import type { EventPhase, EventTimeline } from '@hackboard/contracts';

export const MILESTONES = [
  'registrationOpensAt',
  'hackingStartsAt',
  'submissionDeadline',
  'judgingEndsAt',
  'resultsPublishedAt',
] as const;
export type Milestone = (typeof MILESTONES)[number];

/** The next milestone after `now`, or null once every one has passed (or is not set). */
export function nextMilestone(timeline: EventTimeline, now: number): { key: Milestone; at: string } | null {
  for (const key of MILESTONES) {
    const at = timeline[key];
    if (at && Date.parse(at) > now) return { key, at };
  }
  return null;
}

/** What "move to the next phase" leads to, and which milestone the API moves to now for it. */
export const NEXT_PHASE: Partial<Record<EventPhase, { phase: EventPhase; milestone: Milestone }>> = {
  upcoming: { phase: 'registration', milestone: 'registrationOpensAt' },
  registration: { phase: 'hacking', milestone: 'hackingStartsAt' },
  hacking: { phase: 'judging', milestone: 'submissionDeadline' },
  judging: { phase: 'closed', milestone: 'judgingEndsAt' },
  closed: { phase: 'published', milestone: 'resultsPublishedAt' },
};
