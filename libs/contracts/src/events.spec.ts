import { type EventTimeline, derivePhase } from './events.js';

const timeline: EventTimeline = {
  registrationOpensAt: '2026-05-01T08:00:00Z',
  hackingStartsAt: '2026-05-19T16:00:00Z',
  submissionDeadline: '2026-05-21T16:00:00Z',
  judgingEndsAt: '2026-05-23T16:00:00Z',
  resultsPublishedAt: null,
};
const at = (iso: string) => new Date(iso);

describe('derivePhase', () => {
  it('walks through the phases of the timeline', () => {
    expect(derivePhase(timeline, at('2026-04-30T00:00:00Z'), true)).toBe('upcoming');
    expect(derivePhase(timeline, at('2026-05-10T00:00:00Z'), true)).toBe('registration');
    expect(derivePhase(timeline, at('2026-05-20T00:00:00Z'), true)).toBe('hacking');
    expect(derivePhase(timeline, at('2026-05-22T00:00:00Z'), true)).toBe('judging');
    expect(derivePhase(timeline, at('2026-05-24T00:00:00Z'), true)).toBe('closed');
  });

  it('counts the deadline instant itself as past', () => {
    expect(derivePhase(timeline, at('2026-05-21T15:59:59.999Z'), true)).toBe('hacking');
    expect(derivePhase(timeline, at('2026-05-21T16:00:00.000Z'), true)).toBe('judging');
  });

  it('is published once the results publication time has passed', () => {
    const published = { ...timeline, resultsPublishedAt: '2026-05-23T18:00:00Z' };
    expect(derivePhase(published, at('2026-05-23T17:00:00Z'), true)).toBe('closed');
    expect(derivePhase(published, at('2026-05-23T18:00:00Z'), true)).toBe('published');
  });

  it('keeps an event that is not public a draft whatever the clock says', () => {
    expect(derivePhase(timeline, at('2026-05-20T00:00:00Z'), false)).toBe('draft');
  });
});
