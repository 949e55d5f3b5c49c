import { consensusProbability, jurorEvidence, reliabilityEstimate } from './juror-evidence.js';

// a is clearly better than b (logistic(2) = 0.8808); c and b are close (logistic(0.5) = 0.6225).
const beliefs = new Map([
  ['a', { mu: 2, sigmaSq: 0 }],
  ['b', { mu: 0, sigmaSq: 0 }],
  ['c', { mu: 0.5, sigmaSq: 0 }],
]);
const beliefOf = (id: string) => beliefs.get(id);
const trusted = { alpha: 10, beta: 1 };

describe('juror evidence', () => {
  it('gives the reliability estimate with its standard deviation', () => {
    const estimate = reliabilityEstimate({ alpha: 10, beta: 1 });
    expect(estimate.mean).toBeCloseTo(10 / 11, 12);
    // sqrt(10 · 1 / (11² · 12)) = 0.082988
    expect(estimate.sd).toBeCloseTo(0.082988, 6);
  });

  it('widens the board’s order by the uncertainty of both projects', () => {
    expect(consensusProbability({ mu: 2, sigmaSq: 0 }, { mu: 0, sigmaSq: 0 })).toBeCloseTo(0.880797, 6);
    // scale sqrt(1 + π/8 · 2) = 1.33619, logistic(2 / 1.33619) = 0.81710
    expect(consensusProbability({ mu: 2, sigmaSq: 1 }, { mu: 0, sigmaSq: 1 })).toBeCloseTo(0.8171, 4);
  });

  it('flags a juror who votes against four clear pairs', () => {
    const votes = Array.from({ length: 4 }, () => ({ winnerId: 'b', loserId: 'a' }));
    const evidence = jurorEvidence(votes, trusted, beliefOf);
    expect(evidence.clearPairs).toBe(4);
    expect(evidence.againstConsensus).toBe(4);
    // 4 · (1 − 0.8808) = 0.4768 expected; sd sqrt(4 · 0.8808 · 0.1192) = 0.648; 4 > 0.4768 + 2 · 0.648
    expect(evidence.expectedAgainst).toBeCloseTo(0.4768, 4);
    expect(evidence.reasons).toEqual(['against-consensus']);
  });

  it('does not flag two votes against the consensus, however few clear pairs there were', () => {
    const votes = [
      { winnerId: 'b', loserId: 'a' },
      { winnerId: 'b', loserId: 'a' },
      { winnerId: 'a', loserId: 'b' },
    ];
    const evidence = jurorEvidence(votes, trusted, beliefOf);
    expect(evidence.againstConsensus).toBe(2);
    expect(evidence.reasons).toEqual([]);
  });

  it('does not count votes on close pairs as evidence', () => {
    const votes = Array.from({ length: 6 }, () => ({ winnerId: 'b', loserId: 'c' }));
    const evidence = jurorEvidence(votes, trusted, beliefOf);
    expect(evidence.clearPairs).toBe(0);
    expect(evidence.againstConsensus).toBe(0);
    expect(evidence.reasons).toEqual([]);
  });

  it('flags a low reliability estimate only after ten votes', () => {
    const close = (n: number) => Array.from({ length: n }, () => ({ winnerId: 'c', loserId: 'b' }));
    expect(jurorEvidence(close(9), { alpha: 6, beta: 4 }, beliefOf).reasons).toEqual([]);
    expect(jurorEvidence(close(10), { alpha: 6, beta: 4 }, beliefOf).reasons).toEqual(['low-reliability']);
  });

  it('ignores votes on projects the board does not know', () => {
    const evidence = jurorEvidence([{ winnerId: 'x', loserId: 'a' }], trusted, beliefOf);
    expect(evidence).toMatchObject({ votes: 1, clearPairs: 0, againstConsensus: 0 });
  });
});
