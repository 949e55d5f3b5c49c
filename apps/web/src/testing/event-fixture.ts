import type { EventDto, EventTimeline } from '@hackboard/contracts';

type EventOverrides = Partial<Omit<EventDto, 'timeline'>> & { timeline?: Partial<EventTimeline> };

/**
 * An event as the API describes it, for component tests: "Spring Hack", public, judged by rubric,
 * in its judging phase. A test overrides what it is about.
 */
export function eventFixture({ timeline, ...overrides }: EventOverrides = {}): EventDto {
  return {
    id: '5b0c6f4e-4a3e-4f7e-9d51-6f5d7f0e2c11',
    slug: 'spring-hack',
    name: 'Spring Hack',
    tagline: '',
    description: '',
    timezone: 'Europe/Stockholm',
    phase: 'judging',
    isPublic: true,
    maxTeamSize: 5,
    judgingMode: 'rubric',
    leaderboardVisibility: 'organizers-until-published',
    audienceVote: true,
    requireCatalogueDataset: false,
    requireVerifiedEmail: false,
    scoreNormalization: 'raw',
    leaderboardFrozenAt: null,
    ...overrides,
    timeline: {
      registrationOpensAt: '2026-05-01T08:00:00.000Z',
      hackingStartsAt: '2026-05-19T16:00:00.000Z',
      submissionDeadline: '2026-05-21T16:00:00.000Z',
      judgingEndsAt: '2026-05-23T16:00:00.000Z',
      resultsPublishedAt: null,
      ...timeline,
    },
  };
}
