import type { ItemBelief, JurorReliability } from './crowd-bt.js';

/** A pair is clear when the board gives its order at least this chance (see consensusProbability). */
export const CLEAR_PAIR_PROBABILITY = 0.8;
/** Votes against the consensus below this never flag a juror, however few clear pairs they had. */
export const MIN_AGAINST_CONSENSUS = 3;
/** How many standard deviations above a truthful juror's expected count flags a juror. */
export const AGAINST_CONSENSUS_Z = 2;
/** An estimated reliability below this, after MIN_FLAG_VOTES votes, flags a juror. */
export const FLAG_RELIABILITY = 0.65;
export const MIN_FLAG_VOTES = 10;

export interface ReliabilityEstimate {
  /** alpha / (alpha + beta). */
  readonly mean: number;
  /** Standard deviation of Beta(alpha, beta). */
  readonly sd: number;
}

/** The mean and standard deviation of a juror's reliability Beta(alpha, beta). */
export function reliabilityEstimate({ alpha, beta }: JurorReliability): ReliabilityEstimate {
  const total = alpha + beta;
  return { mean: alpha / total, sd: Math.sqrt((alpha * beta) / (total * total * (total + 1))) };
}

/**
 * The board's chance that `winner` is better than `loser`: the logistic of the gap in mu, widened
 * by both beliefs' variances (the probit approximation of E[logistic] under Gaussian beliefs), so
 * two projects compared a few times are not called a clear pair.
 */
export function consensusProbability(winner: ItemBelief, loser: ItemBelief): number {
  const scale = Math.sqrt(1 + (Math.PI / 8) * (winner.sigmaSq + loser.sigmaSq));
  return 1 / (1 + Math.exp(-(winner.mu - loser.mu) / scale));
}

export interface JurorVote {
  readonly winnerId: string;
  readonly loserId: string;
}

export type FlagReason = 'against-consensus' | 'low-reliability';

export interface JurorEvidence {
  readonly votes: number;
  /** Votes on pairs whose order the board is clear about. */
  readonly clearPairs: number;
  /** Of those, votes for the project the board puts lower. */
  readonly againstConsensus: number;
  /** How many of them a juror who always reports the board's order would get against it by chance. */
  readonly expectedAgainst: number;
  readonly reliability: ReliabilityEstimate;
  /** Why the juror is probably unreliable; empty when they are not. */
  readonly reasons: readonly FlagReason[];
}

/**
 * What a juror's votes say about them, measured against the board as it stands (`beliefOf`).
 * A clear pair is one the board orders with probability p ≥ CLEAR_PAIR_PROBABILITY; a truthful
 * juror would vote against it with probability 1 − p, so over the clear pairs the count against
 * has mean Σ(1 − p) and variance Σ p(1 − p). The juror is flagged `against-consensus` when they
 * voted against at least MIN_AGAINST_CONSENSUS times and more than AGAINST_CONSENSUS_Z standard
 * deviations above that mean, and `low-reliability` when CrowdBT's estimate is below
 * FLAG_RELIABILITY after at least MIN_FLAG_VOTES votes. Votes on unknown items are counted but
 * never clear.
 */
export function jurorEvidence(
  votes: readonly JurorVote[],
  reliability: JurorReliability,
  beliefOf: (itemId: string) => ItemBelief | undefined,
): JurorEvidence {
  let clearPairs = 0;
  let againstConsensus = 0;
  let expectedAgainst = 0;
  let variance = 0;
  for (const vote of votes) {
    const winner = beliefOf(vote.winnerId);
    const loser = beliefOf(vote.loserId);
    if (!winner || !loser) continue;
    const forWinner = consensusProbability(winner, loser);
    const p = Math.max(forWinner, 1 - forWinner);
    if (p < CLEAR_PAIR_PROBABILITY) continue;
    clearPairs++;
    if (forWinner < 0.5) againstConsensus++;
    expectedAgainst += 1 - p;
    variance += p * (1 - p);
  }
  const estimate = reliabilityEstimate(reliability);
  const reasons: FlagReason[] = [];
  if (
    againstConsensus >= MIN_AGAINST_CONSENSUS &&
    againstConsensus > expectedAgainst + AGAINST_CONSENSUS_Z * Math.sqrt(variance)
  ) {
    reasons.push('against-consensus');
  }
  if (votes.length >= MIN_FLAG_VOTES && estimate.mean < FLAG_RELIABILITY) reasons.push('low-reliability');
  return { votes: votes.length, clearPairs, againstConsensus, expectedAgainst, reliability: estimate, reasons };
}
