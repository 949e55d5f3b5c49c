import { type EventPhase, type EventTimeline, derivePhase } from '@hackboard/contracts';
import type { EventEntity } from './event.entity.js';

export function timelineOf(event: EventEntity): EventTimeline {
  return {
    registrationOpensAt: event.registrationOpensAt.toISOString(),
    hackingStartsAt: event.hackingStartsAt.toISOString(),
    submissionDeadline: event.submissionDeadline.toISOString(),
    judgingEndsAt: event.judgingEndsAt.toISOString(),
    resultsPublishedAt: event.resultsPublishedAt?.toISOString() ?? null,
  };
}

/** The phase of an event at `now` (the server clock): what every phase gate checks. */
export function phaseOf(event: EventEntity, now: Date): EventPhase {
  return derivePhase(timelineOf(event), now, event.isPublic);
}

/** Teams form and submissions change only before the submission deadline. */
export function beforeDeadline(event: EventEntity, now: Date): boolean {
  return now.getTime() < event.submissionDeadline.getTime();
}
