import { pairKey } from './pair-selection.js';
import { PairwiseJudging } from './pairwise-judging.js';
import { createRng } from './rng.js';

function judgingOf(ids: string[], seed = 1, options: { minComparisons?: number; skipCooldown?: number } = {}) {
  return new PairwiseJudging({ rng: createRng(seed), items: ids.map((id) => ({ id })), ...options });
}

function sorted(pair: readonly [string, string] | null): string[] {
  return [...pair!].sort();
}

describe('next pair', () => {
  it('prefers items the juror has not seen', () => {
    const judging = judgingOf(['a', 'b', 'c', 'd'], 1, { minComparisons: 1 });
    // Everyone has one comparison already, so only "seen by this juror" separates the candidates.
    judging.recordVote('other', 'a', 'b');
    judging.recordVote('other', 'c', 'd');
    judging.recordVote('me', 'a', 'c');
    expect(sorted(judging.nextPair('me'))).toEqual(['b', 'd']);
  });

  it('prefers items with fewer comparisons than the minimum', () => {
    const judging = judgingOf(['a', 'b', 'c', 'd', 'e'], 1, { minComparisons: 2 });
    judging.recordVote('j1', 'a', 'b');
    judging.recordVote('j2', 'a', 'b');
    judging.recordVote('j3', 'c', 'd');
    judging.recordVote('j4', 'c', 'd');
    // Only e is below two comparisons; every pair for a new juror contains it.
    expect(judging.nextPair('new')).toContain('e');
  });

  it('shows every project once before any project a second time', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `p${i}`);
    const judging = judgingOf(ids, 4, { minComparisons: 2 });
    const jurors = ['j1', 'j2', 'j3'];
    for (let vote = 0; vote < 6; vote++) {
      const juror = jurors[vote % jurors.length];
      const [a, b] = judging.nextPair(juror)!;
      judging.recordVote(juror, a, b);
    }
    // 6 votes × 2 items = 12 places, one for each project.
    expect(ids.map((id) => judging.item(id)!.comparisons)).toEqual(Array(12).fill(1));
  });

  it('never repeats a pair for a juror while another pair is left', () => {
    const judging = judgingOf(['a', 'b', 'c', 'd'], 9);
    const pairs = new Set<string>();
    for (let vote = 0; vote < 6; vote++) {
      const [a, b] = judging.nextPair('me')!;
      pairs.add(pairKey(a, b));
      judging.recordVote('me', a, b);
    }
    expect(pairs.size).toBe(6); // all 4·3/2 pairs, none twice
    expect(judging.nextPair('me')).not.toBeNull(); // then repeats are allowed
  });

  it('holds a skipped item back from that juror for the next votes', () => {
    const judging = judgingOf(['a', 'b', 'c', 'd', 'e'], 2, { skipCooldown: 2 });
    judging.recordSkip('me', 'a');
    const first = judging.nextPair('me')!;
    expect(first).not.toContain('a');
    judging.recordVote('me', first[0], first[1]);
    const second = judging.nextPair('me')!;
    expect(second).not.toContain('a');
    judging.recordVote('me', second[0], second[1]);
    // Two votes later a is back, and as the only item this juror has not seen it is picked.
    expect(judging.nextPair('me')).toContain('a');
  });

  it('keeps the anchor in the pair and puts it first', () => {
    const judging = judgingOf(['a', 'b', 'c'], 3);
    const pair = judging.nextPair('me', { anchor: 'c' })!;
    expect(pair[0]).toBe('c');
    expect(pair[1]).not.toBe('c');
  });

  it('limits candidates to one challenge when asked', () => {
    const judging = new PairwiseJudging({
      rng: createRng(1),
      items: [
        { id: 'a', challengeId: 'x' },
        { id: 'b', challengeId: 'y' },
        { id: 'c', challengeId: 'x' },
      ],
    });
    expect(sorted(judging.nextPair('me', { challengeId: 'x' }))).toEqual(['a', 'c']);
  });

  it('breaks ties the same way for the same seed', () => {
    const run = (seed: number): string[] => {
      const judging = judgingOf(['a', 'b', 'c', 'd', 'e', 'f'], seed);
      return Array.from({ length: 5 }, () => {
        const [a, b] = judging.nextPair('me')!;
        judging.recordVote('me', a, b);
        return `${a}-${b}`;
      });
    };
    expect(run(11)).toEqual(run(11));
  });

  it('offers nothing with fewer than two items', () => {
    expect(judgingOf(['a']).nextPair('me')).toBeNull();
  });
});
