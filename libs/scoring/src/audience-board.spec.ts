import { audienceBoard } from './audience-board.js';
import { errorCodeOf } from './testing/error-code.js';

const submissions = [
  { id: 'a', challengeId: 'city', submittedAt: 300 },
  { id: 'b', challengeId: 'city', submittedAt: 200 },
  { id: 'c', challengeId: 'agency', submittedAt: 100 },
  { id: 'd', challengeId: 'agency', submittedAt: 400 },
  { id: 'e', challengeId: 'city', submittedAt: 500 },
];

describe('audience board', () => {
  it('ranks submissions by votes with shared ranks, listing the ones without votes last', () => {
    const board = audienceBoard(submissions, { a: 10, b: 7, c: 7, d: 3 });
    // b and c tie on 7: c was submitted earlier (100 < 200). e has no vote.
    expect(board.standings.map((s) => [s.submissionId, s.rank, s.votes])).toEqual([
      ['a', 1, 10],
      ['c', 2, 7],
      ['b', 2, 7],
      ['d', 4, 3],
      ['e', null, 0],
    ]);
    expect(board.challengeId).toBeNull();
  });

  it('ranks one challenge on its own', () => {
    const board = audienceBoard(
      submissions,
      new Map([
        ['a', 1],
        ['b', 4],
        ['c', 9],
      ]),
      { challengeId: 'city' },
    );
    expect(board.standings.map((s) => [s.submissionId, s.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['e', null],
    ]);
  });

  it('refuses votes for an unknown submission or a negative count', () => {
    expect(errorCodeOf(() => audienceBoard(submissions, { zz: 1 }))).toBe('UNKNOWN_SUBMISSION');
    expect(errorCodeOf(() => audienceBoard(submissions, { a: -1 }))).toBe('INVALID_VOTES');
  });
});
