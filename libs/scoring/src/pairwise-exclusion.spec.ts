import { PairwiseJudging } from './pairwise-judging.js';
import { createRng } from './rng.js';

function judgingOf() {
  return new PairwiseJudging({ rng: createRng(1), items: ['a', 'b', 'c'].map((id) => ({ id })) });
}

describe('a vote that only informs the juror', () => {
  it('leaves every item as it was', () => {
    const judging = judgingOf();
    judging.recordVote('good', 'a', 'b');
    const before = ['a', 'b', 'c'].map((id) => judging.item(id));
    judging.observeVote('excluded', 'b', 'a');
    expect(['a', 'b', 'c'].map((id) => judging.item(id))).toEqual(before);
  });

  it('updates the juror’s reliability exactly as a counted vote would', () => {
    const counted = judgingOf();
    const observed = judgingOf();
    for (const judging of [counted, observed]) {
      judging.recordVote('good', 'a', 'b');
      judging.recordVote('good', 'a', 'c');
    }
    counted.recordVote('juror', 'c', 'a');
    observed.observeVote('juror', 'c', 'a');
    expect(observed.juror('juror')).toEqual(counted.juror('juror'));
    expect(observed.juror('juror').reliability).toBeLessThan(10 / 11);
  });

  it('never offers the juror the pair again', () => {
    const judging = new PairwiseJudging({ rng: createRng(1), items: ['a', 'b'].map((id) => ({ id })) });
    judging.observeVote('excluded', 'a', 'b');
    // The only pair is compared; a repeat is all that is left.
    expect([...judging.nextPair('excluded')!].sort()).toEqual(['a', 'b']);
    expect(judging.juror('excluded').votes).toBe(1);
  });
});
