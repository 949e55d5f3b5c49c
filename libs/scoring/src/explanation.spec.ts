import { explainSubmission, type RubricInput } from './compute-standings.js';
import { anonymiseJurors, jurorLabels, type Explanation } from './explanation.js';
import { RubricLeaderboard } from './incremental-leaderboard.js';
import type { NormalizationMethod, ScoreEntry } from './leaderboard.js';

function review(jurorId: string, submissionId: string, values: Record<string, number>): ScoreEntry[] {
  return Object.entries(values).map(([criterion, value]) => ({ jurorId, submissionId, criterion, value }));
}

const input: RubricInput = {
  rubric: {
    criteria: [
      { key: 'innovation', weight: 2, scaleMin: 1, scaleMax: 10 },
      { key: 'impact', weight: 1, scaleMin: 1, scaleMax: 10 },
      { key: 'design', weight: 1, scaleMin: 1, scaleMax: 10 },
    ],
  },
  submissions: [
    { id: 'a', submittedAt: 0 },
    { id: 'b', submittedAt: 0 },
  ],
  scores: [
    ...review('u-42', 'a', { innovation: 8, impact: 6, design: 4 }), // 6.5
    ...review('u-07', 'a', { innovation: 6, impact: 9, design: 7 }), // 7
    ...review('u-19', 'a', { innovation: 10 }), // incomplete
    ...review('u-42', 'b', { innovation: 4, impact: 4, design: 4 }), // 4
    ...review('u-07', 'b', { innovation: 9, impact: 9, design: 9 }), // 9
  ],
};

const explainers: Array<[string, (submissionId: string, method: NormalizationMethod) => Explanation]> = [
  ['explainSubmission', (submissionId, method) => explainSubmission(input, submissionId, { method })],
  [
    'RubricLeaderboard.explain',
    (submissionId, method) => new RubricLeaderboard(input).explain(submissionId, { method }),
  ],
];

describe.each(explainers)('explanations (%s)', (_name, explain) => {
  it('breaks a raw score down per criterion and per juror', () => {
    const explanation = explain('a', 'raw');
    expect(explanation).toMatchObject({
      submissionId: 'a',
      method: 'raw',
      score: 6.75,
      reviews: 2,
      incompleteReviews: 1,
    });
    // Means over the two complete reviews: innovation (8 + 6)/2 = 7, impact (6 + 9)/2 = 7.5, design (4 + 7)/2 = 5.5.
    // 0.5 · 7 + 0.25 · 7.5 + 0.25 · 5.5 = 3.5 + 1.875 + 1.375 = 6.75, the score.
    expect(explanation.criteria.map((c) => [c.key, c.weight, c.weightShare, c.mean, c.meanOnScale])).toEqual([
      ['innovation', 2, 0.5, 7, 7],
      ['impact', 1, 0.25, 7.5, 7.5],
      ['design', 1, 0.25, 5.5, 5.5],
    ]);
    expect(explanation.jurors).toEqual([
      {
        jurorId: 'u-07',
        complete: true,
        values: { innovation: 6, impact: 9, design: 7 },
        rawTotal: 7,
        normalizedTotal: null,
        normalization: null,
        jurorStats: null,
      },
      {
        jurorId: 'u-19',
        complete: false,
        values: { innovation: 10, impact: null, design: null },
        rawTotal: null,
        normalizedTotal: null,
        normalization: null,
        jurorStats: null,
      },
      {
        jurorId: 'u-42',
        complete: true,
        values: { innovation: 8, impact: 6, design: 4 },
        rawTotal: 6.5,
        normalizedTotal: null,
        normalization: null,
        jurorStats: null,
      },
    ]);
    expect(explanation.overall).toBeNull();
  });

  it('shows each juror’s normalized total and the statistics behind it', () => {
    const explanation = explain('a', 'normalized');
    // u-07: totals 7 (a), 9 (b) → mean 8, sd 1. u-42: 6.5 (a), 4 (b) → mean 5.25, sd 1.25.
    // All totals 7 9 6.5 4: M = 6.625, SD = √((0.140625 + 5.640625 + 0.015625 + 6.890625)/4) = √3.171875 = 1.780976.
    // u-07 on a: 6.625 + 1.780976 · (7 − 8)/1 = 4.844024; u-42 on a: 6.625 + 1.780976 · (6.5 − 5.25)/1.25 = 8.405976.
    // Score: (4.844024 + 8.405976)/2 = 6.625.
    const [u07, u19, u42] = explanation.jurors;
    expect(u07).toMatchObject({
      rawTotal: 7,
      normalization: 'applied',
      jurorStats: { count: 2, mean: 8, standardDeviation: 1 },
    });
    expect(u07.normalizedTotal).toBeCloseTo(4.844024, 6);
    expect(u19).toMatchObject({ complete: false, normalizedTotal: null, normalization: null });
    expect(u42.normalizedTotal).toBeCloseTo(8.405976, 6);
    expect(explanation.overall!.mean).toBeCloseTo(6.625, 12);
    expect(explanation.overall!.standardDeviation).toBeCloseTo(1.780976, 6);
    expect(explanation.score).toBeCloseTo(6.625, 12);
  });
});

describe('anonymised explanations', () => {
  it('replaces juror ids with labels numbered in id order', () => {
    const anonymous = anonymiseJurors(explainSubmission(input, 'a'));
    // u-07 < u-19 < u-42
    expect(anonymous.jurors.map((j) => [j.jurorId, j.rawTotal])).toEqual([
      ['Juror 1', 7],
      ['Juror 2', null],
      ['Juror 3', 6.5],
    ]);
  });

  it('keeps a juror’s label the same across submissions with board-wide labels', () => {
    const engine = new RubricLeaderboard(input);
    const labels = jurorLabels(engine.jurorIds(), (n) => `Jurymedlem ${n}`);
    const onA = anonymiseJurors(engine.explain('a'), labels);
    const onB = anonymiseJurors(engine.explain('b'), labels);
    expect(onA.jurors.find((j) => j.rawTotal === 6.5)!.jurorId).toBe('Jurymedlem 3');
    expect(onB.jurors.map((j) => j.jurorId)).toEqual(['Jurymedlem 1', 'Jurymedlem 3']);
  });
});
