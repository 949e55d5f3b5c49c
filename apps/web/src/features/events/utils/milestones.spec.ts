import type { EventTimeline } from '@hackboard/contracts';
import { describe, expect, it } from 'vitest';
import { nextMilestone } from './milestones';

const timeline: EventTimeline = {
  registrationOpensAt: '2026-05-01T08:00:00.000Z',
  hackingStartsAt: '2026-05-19T16:00:00.000Z',
  submissionDeadline: '2026-05-21T16:00:00.000Z',
  judgingEndsAt: '2026-05-23T16:00:00.000Z',
  resultsPublishedAt: null,
};

describe('the next milestone', () => {
  it('is the first one still ahead', () => {
    expect(nextMilestone(timeline, Date.parse('2026-04-01T00:00:00Z'))?.key).toBe('registrationOpensAt');
    expect(nextMilestone(timeline, Date.parse('2026-05-20T00:00:00Z'))?.key).toBe('submissionDeadline');
  });

  it('is the next one at the very moment a milestone passes', () => {
    expect(nextMilestone(timeline, Date.parse('2026-05-19T16:00:00Z'))?.key).toBe('submissionDeadline');
  });

  it('is nothing once every set milestone has passed', () => {
    expect(nextMilestone(timeline, Date.parse('2026-06-01T00:00:00Z'))).toBeNull();
  });
});
