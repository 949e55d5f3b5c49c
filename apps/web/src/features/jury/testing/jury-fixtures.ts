import type { CriterionDto, EventDto, JuryWorkDto, ReviewDto } from '@hackboard/contracts';
import i18next from 'i18next';
import english from '../../../locales/en/jury.json';
import swedish from '../../../locales/sv/jury.json';
import { eventFixture } from '../../../testing/event-fixture';

/** The app loads the jury strings with the juror's pages; specs render those pages directly. */
export function loadJuryStrings(): void {
  i18next.addResourceBundle('en', 'common', english, true, true);
  i18next.addResourceBundle('sv', 'common', swedish, true, true);
}

export const event: EventDto = eventFixture({
  leaderboardVisibility: 'live',
  timeline: { judgingEndsAt: '2099-05-23T16:00:00.000Z' },
});

export const roundId = '7d1f8a4b-2c3e-4f50-8a6b-7c8d9e0f1a2b';
export const challengeId = '6c4b7a1e-2f0d-4e5a-9b3c-1d2e3f4a5b6c';
export const submissionIds = [
  '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9',
  '2c3d4e5f-6071-4829-93a4-b5c6d7e8f9a0',
] as const;

export const criteria: CriterionDto[] = [
  {
    id: '0a1b2c3d-4e5f-4607-8899-aabbccddeeff',
    scope: 'event',
    challengeId: null,
    roundId: null,
    key: 'impact',
    name: 'Impact',
    description: 'How much the project helps people.',
    weight: 2,
    scaleMin: 1,
    scaleMax: 5,
    position: 0,
  },
  {
    id: '1a1b2c3d-4e5f-4607-8899-aabbccddeeff',
    scope: 'event',
    challengeId: null,
    roundId: null,
    key: 'craft',
    name: 'Craft',
    description: '',
    weight: 1.5,
    scaleMin: 0,
    scaleMax: 10,
    position: 1,
  },
];

const titles = ['Trygga skolvägen', 'Bussen i tid', 'Grönare parker'];
const teams = ['Skolvägen', 'Linje 4', 'Parkgänget'];

export function juryWork(overrides: Partial<JuryWorkDto> = {}, lockedAt: string | null = null): JuryWorkDto {
  const statuses = ['complete', 'not-started', 'incomplete'] as const;
  const scored = [2, 0, 1];
  return {
    judgingOpen: true,
    conflicts: [],
    rounds: [
      {
        id: roundId,
        name: 'Heat: Safer routes',
        kind: 'heat',
        challengeId,
        lockedAt,
        criteria,
        assignments: submissionIds.map((submissionId, index) => ({
          assignmentId: `3${submissionId.slice(1)}`,
          submissionId,
          title: titles[index]!,
          teamName: teams[index]!,
          challengeId,
          status: statuses[index]!,
          scored: scored[index]!,
          criteria: 2,
        })),
        progress: { complete: 1, total: 3 },
      },
    ],
    ...overrides,
  };
}

export function review(
  index: number,
  scores: Record<string, number | null> = { impact: null, craft: null },
): ReviewDto {
  return {
    roundId,
    submissionId: submissionIds[index]!,
    jurorId: '4e5f6071-8293-4a4b-8c6d-7e8f9a0b1c2d',
    scores,
    comment: null,
    status: 'not-started',
    updatedAt: null,
    criteria,
    submission: {
      id: submissionIds[index]!,
      title: titles[index]!,
      summary: 'Safer routes to school.',
      description: 'A **map** of routes.',
      teamName: teams[index]!,
      challenge: { id: challengeId, title: 'Safer routes to school' },
      repositoryUrl: 'https://example.se/repo',
      demoUrl: null,
      videoUrl: 'javascript:alert(1)',
      images: [],
    },
  };
}
