import { computeStandings, type RubricInput } from './compute-standings.js';
import { RubricLeaderboard } from './incremental-leaderboard.js';
import type { Leaderboard, StandingsOptions } from './leaderboard.js';
import type { Rubric } from './rubric.js';
import { errorCodeOf } from './testing/error-code.js';

// Every scenario runs through the reference and the incremental engine: both must give the same board.
const engines: Array<[string, (input: RubricInput, options?: StandingsOptions) => Leaderboard]> = [
  ['computeStandings', (input, options) => computeStandings(input, options)],
  ['RubricLeaderboard', (input, options) => new RubricLeaderboard(input).standings(options)],
];

const rubric: Rubric = {
  criteria: [
    { key: 'innovation', weight: 2, scaleMin: 1, scaleMax: 10 },
    { key: 'impact', weight: 1, scaleMin: 1, scaleMax: 10 },
    { key: 'design', weight: 1, scaleMin: 1, scaleMax: 10 },
  ],
};

function review(jurorId: string, submissionId: string, values: Record<string, number>) {
  return Object.entries(values).map(([criterion, value]) => ({ jurorId, submissionId, criterion, value }));
}

describe.each(engines)('rubric scores (%s)', (_name, standings) => {
  it('scores a submission as the mean of its jurors’ weighted means', () => {
    const board = standings({
      rubric,
      submissions: [{ id: 'a', submittedAt: 0 }],
      scores: [
        // A: (2·8 + 6 + 4) / 4 = 26 / 4 = 6.5
        ...review('A', 'a', { innovation: 8, impact: 6, design: 4 }),
        // B: (2·6 + 9 + 7) / 4 = 28 / 4 = 7
        ...review('B', 'a', { innovation: 6, impact: 9, design: 7 }),
      ],
    });
    // (6.5 + 7) / 2 = 6.75
    expect(board.standings[0]).toEqual({
      rank: 1,
      submissionId: 'a',
      challengeId: null,
      score: 6.75,
      reviews: 2,
      incompleteReviews: 0,
      submittedAt: 0,
    });
    expect(board.scale).toEqual({ min: 1, max: 10 });
    expect(board.method).toBe('raw');
  });

  it('reports an incomplete review but leaves it out of the score', () => {
    const board = standings({
      rubric,
      submissions: [{ id: 'a', submittedAt: 0 }],
      scores: [
        ...review('A', 'a', { innovation: 8, impact: 6, design: 4 }), // 6.5
        ...review('B', 'a', { innovation: 6, impact: 9, design: 7 }), // 7
        ...review('C', 'a', { innovation: 10, impact: 10 }), // design missing: not counted
      ],
    });
    expect(board.standings[0]).toMatchObject({ score: 6.75, reviews: 2, incompleteReviews: 1 });
  });

  it('maps criteria on other scales onto the first criterion’s scale', () => {
    const board = standings({
      rubric: {
        criteria: [
          { key: 'idea', weight: 1, scaleMin: 1, scaleMax: 10 },
          { key: 'data', weight: 1, scaleMin: 0, scaleMax: 5 },
        ],
      },
      submissions: [{ id: 'a', submittedAt: 0 }],
      // data 4 on 0–5 → 1 + 4 · 9/5 = 8.2 on 1–10; total (6 + 8.2) / 2 = 7.1
      scores: review('J', 'a', { idea: 6, data: 4 }),
    });
    expect(board.standings[0].score).toBeCloseTo(7.1, 12);
  });

  it('expresses totals on an explicit scale when one is given', () => {
    const board = standings({
      rubric: { criteria: [{ key: 'idea', weight: 1, scaleMin: 1, scaleMax: 5 }] },
      scale: { min: 0, max: 100 },
      submissions: [{ id: 'a', submittedAt: 0 }],
      // 4 on 1–5 → (4 − 1) · 100/4 = 75
      scores: review('J', 'a', { idea: 4 }),
    });
    expect(board.standings[0].score).toBeCloseTo(75, 12);
  });

  it('scores a challenge with its own rubric on the event’s scale', () => {
    const board = standings({
      rubric,
      challengeRubrics: { city: { criteria: [{ key: 'open-data', weight: 1, scaleMin: 0, scaleMax: 3 }] } },
      submissions: [
        { id: 'a', challengeId: 'city', submittedAt: 0 },
        { id: 'b', challengeId: 'agency', submittedAt: 0 },
      ],
      scores: [
        // 2 on 0–3 → 1 + 2 · 9/3 = 7
        ...review('J', 'a', { 'open-data': 2 }),
        // (2·5 + 5 + 5) / 4 = 5
        ...review('J', 'b', { innovation: 5, impact: 5, design: 5 }),
      ],
    });
    expect(board.standings.map((s) => [s.submissionId, s.score])).toEqual([
      ['a', 7],
      ['b', 5],
    ]);
  });

  it('lists a submission without a complete review last, unranked', () => {
    const board = standings({
      rubric,
      submissions: [
        { id: 'a', submittedAt: 0 },
        { id: 'b', submittedAt: 0 },
      ],
      scores: [...review('J', 'a', { innovation: 3 }), ...review('J', 'b', { innovation: 1, impact: 1, design: 1 })],
    });
    expect(board.standings.map((s) => [s.submissionId, s.rank, s.score])).toEqual([
      ['b', 1, 1],
      ['a', null, null],
    ]);
  });

  it('refuses a value outside the criterion’s scale', () => {
    const scores = review('J', 'a', { impact: 11 });
    expect(errorCodeOf(() => standings({ rubric, submissions: [{ id: 'a', submittedAt: 0 }], scores }))).toBe(
      'VALUE_OUT_OF_RANGE',
    );
  });

  it('refuses a criterion the rubric does not have', () => {
    const scores = review('J', 'a', { charm: 5 });
    expect(errorCodeOf(() => standings({ rubric, submissions: [{ id: 'a', submittedAt: 0 }], scores }))).toBe(
      'UNKNOWN_CRITERION',
    );
  });

  it('refuses a score for an unknown submission', () => {
    const scores = review('J', 'x', { impact: 5 });
    expect(errorCodeOf(() => standings({ rubric, submissions: [], scores }))).toBe('UNKNOWN_SUBMISSION');
  });

  it('refuses a rubric with a weight of zero', () => {
    const zeroWeight = { criteria: [{ key: 'idea', weight: 0, scaleMin: 1, scaleMax: 10 }] };
    expect(errorCodeOf(() => standings({ rubric: zeroWeight, submissions: [], scores: [] }))).toBe('INVALID_RUBRIC');
  });
});
