import { describe, expect, it } from 'vitest';
import { type BoardRow, changedRows, podium, rankChanges, revealOrder } from './standings';

const row = (id: string, rank: number | null, value: number | null = null): BoardRow => ({
  submissionId: id,
  rank,
  title: `Project ${id}`,
  teamName: `Team ${id}`,
  value,
  count: value === null ? 0 : 1,
});

describe('comparing two versions of a board', () => {
  it('names the projects that moved, including a newly ranked one, in the new order', () => {
    const before = [row('a', 1, 8), row('b', 2, 7), row('c', null)];
    const after = [row('c', 1, 9), row('a', 2, 8), row('b', 3, 7)];
    expect(rankChanges(before, after)).toEqual([
      { submissionId: 'c', teamName: 'Team c', title: 'Project c', from: null, to: 1 },
      { submissionId: 'a', teamName: 'Team a', title: 'Project a', from: 1, to: 2 },
      { submissionId: 'b', teamName: 'Team b', title: 'Project b', from: 2, to: 3 },
    ]);
  });

  it('says nothing about a project that kept its place, and highlights a changed score at the same place', () => {
    const before = [row('a', 1, 8), row('b', 2, 7)];
    const after = [row('a', 1, 8.5), row('b', 2, 7)];
    expect(rankChanges(before, after)).toEqual([]);
    expect([...changedRows(before, after)]).toEqual(['a']);
  });
});

describe('the order of a reveal and the podium', () => {
  const board = [row('a', 1, 9), row('b', 2, 8), row('c', 2, 8), row('d', 4, 6), row('e', null)];

  it('reveals ranked projects from last place to first and leaves out the unranked', () => {
    expect(revealOrder(board).map((r) => r.submissionId)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('puts every project placed third or better on the podium, shared places included', () => {
    expect(podium(board).map((r) => r.submissionId)).toEqual(['a', 'b', 'c']);
  });
});
