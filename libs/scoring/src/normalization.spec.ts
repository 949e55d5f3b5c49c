import { computeStandings, type RubricInput } from './compute-standings.js';
import { RubricLeaderboard } from './incremental-leaderboard.js';
import type { Leaderboard, ScoreEntry } from './leaderboard.js';
import type { Rubric } from './rubric.js';

// One criterion on 1–10, so a juror's total is simply their value.
const rubric: Rubric = { criteria: [{ key: 'overall', weight: 1, scaleMin: 1, scaleMax: 10 }] };
const submissions = ['p', 'q', 'r', 's', 't', 'u'].map((id) => ({ id, submittedAt: 0 }));

function totals(jurorId: string, bySubmission: Record<string, number>): ScoreEntry[] {
  return Object.entries(bySubmission).map(([submissionId, value]) => ({
    jurorId,
    submissionId,
    criterion: 'overall',
    value,
  }));
}

const engines: Array<[string, (input: RubricInput) => Leaderboard]> = [
  ['computeStandings', (input) => computeStandings(input, { method: 'normalized' })],
  ['RubricLeaderboard', (input) => new RubricLeaderboard({ ...input, method: 'normalized' }).standings()],
];

function scores(board: Leaderboard): Record<string, number | null> {
  return Object.fromEntries(board.standings.map((s) => [s.submissionId, s.score]));
}

describe.each(engines)('per-juror normalization (%s)', (_name, normalizedBoard) => {
  it('gives a harsh and a lenient juror’s best submissions the same score', () => {
    const board = normalizedBoard({
      rubric,
      submissions,
      // Harsh juror H: 3, 5, 7 (mean 5, sd √(8/3) = 1.63299). Lenient juror L: 6, 8, 10 (mean 8, same sd).
      scores: [...totals('H', { p: 3, q: 5, r: 7 }), ...totals('L', { s: 6, t: 8, u: 10 })],
    });
    // All totals 3 5 7 6 8 10: M = 39/6 = 6.5, SD = √(29.5/6) = 2.21736.
    // z = ±2/1.63299 = ±1.22474 → 6.5 ± 2.21736 · 1.22474 = 6.5 ± √7.375 = 6.5 ± 2.71570.
    const s = scores(board);
    expect(s['r']).toBeCloseTo(9.2157, 5);
    expect(s['u']).toBeCloseTo(9.2157, 5);
    expect(s['q']).toBeCloseTo(6.5, 12);
    expect(s['t']).toBeCloseTo(6.5, 12);
    expect(s['p']).toBeCloseTo(3.7843, 5);
    expect(s['s']).toBeCloseTo(3.7843, 5);
    // Raw, L's middle submission (8) outranks H's best (7); normalized, each juror's n-th best ties with the other's.
    expect(board.standings.map((x) => x.rank)).toEqual([1, 1, 3, 3, 5, 5]);
    expect(board.method).toBe('normalized');
  });

  it('leaves a juror with a single review raw', () => {
    const board = normalizedBoard({
      rubric,
      submissions,
      scores: [...totals('H', { p: 3, q: 5, r: 7 }), ...totals('L', { p: 6, q: 8, r: 10 }), ...totals('O', { p: 9 })],
    });
    // Totals 3 5 7 6 8 10 9: M = 48/7 = 6.857143, SD = √(364/7 − M²) = 2.231500.
    // H and L both give p z = −1.224745 → 6.857143 − 2.231500 · 1.224745 = 4.124125; O keeps 9.
    // p = (4.124125 + 4.124125 + 9) / 3 = 5.749417
    const s = scores(board);
    expect(s['p']).toBeCloseTo(5.749417, 5);
    expect(s['q']).toBeCloseTo(6.857143, 5); // z = 0 for both: M
    expect(s['r']).toBeCloseTo(9.590161, 5); // M + 2.733036
  });

  it('leaves a juror with zero spread raw', () => {
    const board = normalizedBoard({
      rubric,
      submissions,
      scores: [
        ...totals('H', { p: 3, q: 5, r: 7 }),
        ...totals('L', { p: 6, q: 8, r: 10 }),
        ...totals('Z', { p: 7, q: 7, r: 7 }),
      ],
    });
    // Totals 3 5 7 6 8 10 7 7 7: M = 60/9 = 6.666667, SD = 1.825742. Z keeps 7 everywhere.
    // p = (2 · (6.666667 − 1.825742 · 1.224745) + 7) / 3 = 5.287066
    const s = scores(board);
    expect(s['p']).toBeCloseTo(5.287066, 5);
    expect(s['q']).toBeCloseTo(6.777778, 5); // (2 · 6.666667 + 7) / 3
    expect(s['r']).toBeCloseTo(8.26849, 5);
  });

  it('clamps a normalized total to the scale', () => {
    const board = normalizedBoard({
      rubric,
      submissions,
      // A: 5 5 5 9 (mean 6, sd √3); B: 1 10 (mean 5.5, sd 4.5).
      scores: [...totals('A', { p: 5, q: 5, r: 5, s: 9 }), ...totals('B', { p: 1, q: 10 })],
    });
    // Totals 5 5 5 9 1 10: M = 35/6 = 5.833333, SD = 2.967416.
    // A's s: 5.833333 + 2.967416 · 3/√3 = 10.973 → clamped to 10.
    // p: A 5.833333 − 2.967416/√3 = 4.120095, B 5.833333 − 2.967416 = 2.865918 → 3.493007
    const s = scores(board);
    expect(s['s']).toBe(10);
    expect(s['p']).toBeCloseTo(3.493007, 5);
  });
});

it('keeps the raw board beside the normalized one', () => {
  const engine = new RubricLeaderboard({
    rubric,
    submissions,
    method: 'normalized',
    scores: [...totals('H', { p: 3, q: 5, r: 7 }), ...totals('L', { s: 6, t: 8, u: 10 })],
  });
  expect(engine.standings({ method: 'raw' }).standings.map((s) => s.submissionId)).toEqual([
    'u',
    't',
    'r',
    's',
    'q',
    'p',
  ]);
  expect(engine.standings().method).toBe('normalized');
});
