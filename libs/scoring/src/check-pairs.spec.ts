import { isCheckTurn, selectPair } from './pair-selection.js';
import { createRng } from './rng.js';

const trusted = { alpha: 10, beta: 1 };

describe('check pairs', () => {
  it('come every fifth vote with a share of 0.2', () => {
    const turns = Array.from({ length: 15 }, (_, votes) => isCheckTurn(votes, 0.2));
    expect(turns.flatMap((turn, votes) => (turn ? [votes] : []))).toEqual([4, 9, 14]);
  });

  it('never come with a share of 0', () => {
    expect(Array.from({ length: 20 }, (_, votes) => isCheckTurn(votes, 0)).some(Boolean)).toBe(false);
  });

  it('are the pair whose order the board is surest of, not the most informative one', () => {
    const items = [
      { id: 'top', belief: { mu: 2, sigmaSq: 0.2 }, comparisons: 8 },
      { id: 'mid', belief: { mu: 0.1, sigmaSq: 0.2 }, comparisons: 8 },
      { id: 'low', belief: { mu: -2, sigmaSq: 0.2 }, comparisons: 8 },
      { id: 'new', belief: { mu: 0, sigmaSq: 1 }, comparisons: 0 },
    ];
    const juror = {
      reliability: trusted,
      seen: new Set<string>(),
      comparedPairs: new Set<string>(),
      coolingDown: new Set<string>(),
    };
    const options = { minComparisons: 2, gamma: 0.1, kappa: 1e-4 };
    // Information first: the unseen project below the minimum number of comparisons.
    expect(selectPair(items, juror, createRng(1), options)).toContain('new');
    // A check: top against low, 4 apart with small variances.
    expect([...selectPair(items, juror, createRng(1), { ...options, purpose: 'check' })!].sort()).toEqual([
      'low',
      'top',
    ]);
  });
});
