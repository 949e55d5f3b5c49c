import { computeStandings } from './compute-standings.js';
import { rankStandings, type RankInput } from './ranking.js';

function entry(submissionId: string, score: number | null, reviews = 1, submittedAt?: number): RankInput {
  return { submissionId, score, reviews, ...(submittedAt !== undefined ? { submittedAt } : {}) };
}

describe('ranking', () => {
  it('gives equal scores the same rank and skips the places they share (1, 2, 2, 4)', () => {
    const ranked = rankStandings([entry('d', 7), entry('b', 8), entry('a', 9), entry('c', 8)]);
    expect(ranked.map((r) => [r.submissionId, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('lists equal scores by more reviews, then earlier submission, then id', () => {
    const ranked = rankStandings([
      entry('x', 8, 3, 100),
      entry('y', 8, 5, 200), // most reviews
      entry('z', 8, 3, 50), // earlier than x; same time as w
      entry('w', 8, 3, 50), // 'w' < 'z'
    ]);
    expect(ranked.map((r) => [r.submissionId, r.rank])).toEqual([
      ['y', 1],
      ['w', 1],
      ['z', 1],
      ['x', 1],
    ]);
  });

  it('lists entries without a score after the ranked ones, unranked', () => {
    const ranked = rankStandings([entry('u', null, 0, 1), entry('a', 2), entry('t', null, 0, 0)]);
    expect(ranked.map((r) => [r.submissionId, r.rank])).toEqual([
      ['a', 1],
      ['t', null],
      ['u', null],
    ]);
  });

  it('treats scores that differ only by floating-point rounding as equal', () => {
    // 0.1 + 0.2 = 0.30000000000000004
    const ranked = rankStandings([entry('a', 0.1 + 0.2, 1, 1), entry('b', 0.3, 1, 0)]);
    expect(ranked.map((r) => [r.submissionId, r.rank])).toEqual([
      ['b', 1],
      ['a', 1],
    ]);
  });

  it('ranks rubric totals that tie by the tie order', () => {
    const rubric = {
      criteria: [
        { key: 'idea', weight: 1, scaleMin: 1, scaleMax: 10 },
        { key: 'demo', weight: 1, scaleMin: 1, scaleMax: 10 },
      ],
    };
    const board = computeStandings({
      rubric,
      submissions: [
        { id: 'late', submittedAt: 2_000 },
        { id: 'early', submittedAt: 1_000 },
        { id: 'best', submittedAt: 3_000 },
        { id: 'last', submittedAt: 0 },
      ],
      scores: [
        // late: (8 + 6)/2 = 7 from J1, (6 + 8)/2 = 7 from J2 → 7 with 2 reviews
        { jurorId: 'J1', submissionId: 'late', criterion: 'idea', value: 8 },
        { jurorId: 'J1', submissionId: 'late', criterion: 'demo', value: 6 },
        { jurorId: 'J2', submissionId: 'late', criterion: 'idea', value: 6 },
        { jurorId: 'J2', submissionId: 'late', criterion: 'demo', value: 8 },
        // early: (9 + 5)/2 = 7 from J1 only → 7 with 1 review, listed after late
        { jurorId: 'J1', submissionId: 'early', criterion: 'idea', value: 9 },
        { jurorId: 'J1', submissionId: 'early', criterion: 'demo', value: 5 },
        // best: (9 + 9)/2 = 9
        { jurorId: 'J1', submissionId: 'best', criterion: 'idea', value: 9 },
        { jurorId: 'J1', submissionId: 'best', criterion: 'demo', value: 9 },
        // last: (2 + 2)/2 = 2
        { jurorId: 'J2', submissionId: 'last', criterion: 'idea', value: 2 },
        { jurorId: 'J2', submissionId: 'last', criterion: 'demo', value: 2 },
      ],
    });
    expect(board.standings.map((s) => [s.submissionId, s.rank, s.score, s.reviews])).toEqual([
      ['best', 1, 9, 1],
      ['late', 2, 7, 2],
      ['early', 2, 7, 1],
      ['last', 4, 2, 1],
    ]);
  });
});
