import { DEFAULT_CHECKS } from './pair-selection.js';
import {
  kendallTau,
  simulatePairwise,
  simulateSeeds,
  type KindResult,
  type PairPolicy,
} from './pairwise-simulation.js';

const information: PairPolicy = { kind: 'information' };
const checks: PairPolicy = { kind: 'check', checks: DEFAULT_CHECKS };
const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

function kind(results: readonly KindResult[], name: KindResult['kind']): KindResult {
  return results.find((result) => result.kind === name)!;
}

describe('the pairwise simulation bench', () => {
  it('computes Kendall’s tau by hand: one swapped pair of four items is 4/6 − 2/6', () => {
    expect(kendallTau([1, 2, 3, 4], [1, 2, 3, 4])).toBe(1);
    expect(kendallTau([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
    expect(kendallTau([1, 2, 3, 4], [2, 1, 3, 4])).toBeCloseTo(2 / 3, 12);
  });

  it('gives the same result for the same scenario and seed', () => {
    const scenario = { entries: 12, votesPerJuror: 10, seed: 7 };
    expect(simulatePairwise(scenario, checks)).toEqual(simulatePairwise(scenario, checks));
  });

  // 8 jurors (4 reliable, 2 noisy, a coin-flipper, an adversary), 60 votes each, 24 entries;
  // small enough to run in a few seconds, the bench runs the larger scenarios.
  const scenario = { entries: 24, votesPerJuror: 60 };
  const withChecks = simulateSeeds(scenario, checks, seeds);

  it('finds the adversary out: estimated at most 0.4 after 60 votes', () => {
    expect(kind(withChecks.kinds, 'adversarial').estimated).toBeLessThanOrEqual(0.4);
  });

  it('finds the coin-flipper out: estimated at most 0.65 after 60 votes', () => {
    expect(kind(withChecks.kinds, 'random').estimated).toBeLessThanOrEqual(0.65);
  });

  it('keeps trusting the reliable jurors and flags them rarely', () => {
    const reliable = kind(withChecks.kinds, 'reliable');
    expect(reliable.estimated).toBeGreaterThanOrEqual(0.88);
    expect(reliable.flagged).toBeLessThanOrEqual(0.15);
  });

  it('flags the adversary and the coin-flipper in most runs', () => {
    expect(kind(withChecks.kinds, 'adversarial').flagged).toBeGreaterThanOrEqual(0.75);
    expect(kind(withChecks.kinds, 'random').flagged).toBeGreaterThanOrEqual(0.75);
  });

  it('ranks no worse than pairs chosen by information gain alone', () => {
    const small = { entries: 20, votesPerJuror: 60 };
    const before = simulateSeeds(small, information, seeds.slice(0, 6));
    const after = simulateSeeds(small, checks, seeds.slice(0, 6));
    expect(after.tau).toBeGreaterThanOrEqual(before.tau);
    expect(withChecks.tau).toBeGreaterThan(0.55);
    // Without check pairs the adversary keeps the prior's trust: the reason for them.
    expect(kind(before.kinds, 'adversarial').estimated).toBeGreaterThan(0.8);
  });
});
