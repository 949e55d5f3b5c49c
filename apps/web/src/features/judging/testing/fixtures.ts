import type { CriterionDto, EventDto, RoundDetailDto, RoundDto } from '@hackboard/contracts';
import { eventFixture } from '../../../testing/event-fixture';

export const event: EventDto = eventFixture();

export const ids = {
  challenge: '11111111-1111-4111-8111-111111111111',
  heat: '22222222-2222-4222-8222-222222222222',
  final: '33333333-3333-4333-8333-333333333333',
  anna: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  bo: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  cleo: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
  busMap: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
  treeApp: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee',
};

export function criterion(overrides: Partial<CriterionDto> & Pick<CriterionDto, 'id' | 'key' | 'name'>): CriterionDto {
  return {
    scope: 'event',
    challengeId: null,
    roundId: null,
    description: '',
    weight: 1,
    scaleMin: 1,
    scaleMax: 10,
    position: 0,
    ...overrides,
  };
}

export function round(overrides: Partial<RoundDto> = {}): RoundDto {
  return {
    id: ids.heat,
    eventId: event.id,
    name: 'Heat: Open transport',
    kind: 'heat',
    challengeId: ids.challenge,
    position: 0,
    reviewsPerSubmission: 2,
    lockedAt: null,
    rubric: 'event',
    entryCount: 2,
    panelSize: 2,
    scoringStarted: false,
    createdAt: '2026-05-21T16:00:00.000Z',
    ...overrides,
  };
}

export function roundDetail(overrides: Partial<RoundDto> = {}): RoundDetailDto {
  return {
    ...round(overrides),
    entries: [
      {
        submissionId: ids.busMap,
        title: 'Bus map',
        teamName: 'Team Blue',
        challengeId: ids.challenge,
        submittedAt: '2026-05-21T15:00:00.000Z',
      },
      {
        submissionId: ids.treeApp,
        title: 'Tree app',
        teamName: 'Team Green',
        challengeId: ids.challenge,
        submittedAt: '2026-05-21T15:30:00.000Z',
      },
    ],
    criteria: [],
  };
}

export const json = (body: unknown, status = 200) => Response.json(body, { status });

export const refusal = (status: number, code: string, message: string, fields?: Record<string, string>) =>
  Response.json({ code, message, ...(fields ? { fields } : {}) }, { status });
