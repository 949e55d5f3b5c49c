import type {
  ChallengeDto,
  EventDto,
  ExplanationDto,
  LeaderboardDto,
  LeaderboardStandingDto,
  MeDto,
} from '@hackboard/contracts';
import i18next from 'i18next';
import englishResults from '../../../locales/en/results.json';
import swedishResults from '../../../locales/sv/results.json';
import { eventFixture } from '../../../testing/event-fixture';

/** The results strings, which the app loads with the results pages. */
export function loadResultsStrings(): void {
  i18next.addResourceBundle('en', 'common', englishResults, true, true);
  i18next.addResourceBundle('sv', 'common', swedishResults, true, true);
}

export const event: EventDto = eventFixture({
  leaderboardVisibility: 'live',
  timeline: { resultsPublishedAt: '2026-05-24T16:00:00.000Z' },
});

export const challenges = [
  { id: '6c4b7a1e-2f0d-4e5a-9b3c-1d2e3f4a5b6c', title: 'Safer routes to school' },
  { id: '7d5c8b2f-3a1e-4f6b-8c4d-2e3f4a5b6c7d', title: 'Train delays' },
] as ChallengeDto[];

export const standingIds = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
  '44444444-4444-4444-8444-444444444444',
];

export function standing(index: number, rank: number | null, score: number | null): LeaderboardStandingDto {
  return {
    rank,
    submissionId: standingIds[index]!,
    title: `Project ${'ABCD'[index]}`,
    teamName: `Team ${'ABCD'[index]}`,
    challengeId: challenges[index % 2]!.id,
    score,
    reviews: score === null ? 0 : 2,
    incompleteReviews: 0,
  };
}

export function board(version: number, standings: LeaderboardStandingDto[], extra: Partial<LeaderboardDto> = {}) {
  return {
    eventId: event.id,
    roundId: null,
    challengeId: null,
    source: 'heats',
    version,
    method: 'raw',
    scale: { min: 1, max: 10 },
    generatedAt: '2026-05-22T10:00:00.000Z',
    snapshot: null,
    standings,
    ...extra,
  } satisfies LeaderboardDto;
}

export const participant: MeDto = {
  id: '0d9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e11',
  email: 'pia@example.se',
  emailVerified: true,
  displayName: 'Pia',
  language: 'en',
  isAdmin: false,
  memberships: [
    { eventId: event.id, eventSlug: event.slug, eventName: event.name, role: 'participant', organizationId: null },
  ],
};

export const organizer: MeDto = {
  ...participant,
  id: '0e9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e12',
  displayName: 'Olle',
  memberships: [
    { eventId: event.id, eventSlug: event.slug, eventName: event.name, role: 'organizer', organizationId: null },
  ],
};

export const explanation: ExplanationDto = {
  eventId: event.id,
  roundId: null,
  submissionId: standingIds[0]!,
  title: 'Project A',
  teamName: 'Team A',
  method: 'raw',
  scale: { min: 1, max: 10 },
  score: 8.5,
  reviews: 2,
  incompleteReviews: 1,
  criteria: [
    {
      key: 'impact',
      name: 'Impact',
      weight: 2,
      weightShare: 2 / 3,
      scaleMin: 1,
      scaleMax: 10,
      mean: 9,
      meanOnScale: 9,
    },
    {
      key: 'data',
      name: 'Use of data',
      weight: 1,
      weightShare: 1 / 3,
      scaleMin: 1,
      scaleMax: 10,
      mean: 7.5,
      meanOnScale: 7.5,
    },
  ],
  jurors: [
    {
      juror: 'Juror 1',
      jurorNumber: 1,
      jurorId: null,
      complete: true,
      values: { impact: 9, data: 8 },
      rawTotal: 8.67,
      normalizedTotal: null,
      normalization: null,
      jurorStats: null,
    },
    {
      juror: 'Juror 2',
      jurorNumber: 2,
      jurorId: null,
      complete: false,
      values: { impact: 9, data: null },
      rawTotal: null,
      normalizedTotal: null,
      normalization: null,
      jurorStats: null,
    },
  ],
  overall: null,
};
