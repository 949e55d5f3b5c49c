import { digamma, lnBeta } from './special-functions.js';

// Module bindings: a global lookup (Math.exp) in the hot path is several times slower inside a vm
// context, where Jest runs the tests.
const { exp, log, max } = Math;

/**
 * CrowdBT (Chen, Bennett, Collins-Thompson, Horvitz, WSDM 2013): Bradley–Terry with annotator
 * reliability, updated online by moment matching.
 *
 * Item i has a Gaussian belief N(mu_i, sigmaSq_i) about its strength s_i. A juror has reliability
 * eta ~ Beta(alpha, beta): with probability eta they report the Bradley–Terry outcome, otherwise the
 * opposite, so P(juror says w beats l) = eta · e^{s_w}/(e^{s_w}+e^{s_l}) + (1 − eta) · e^{s_l}/(e^{s_w}+e^{s_l}).
 */
export interface CrowdBTParameters {
  readonly muPrior: number;
  readonly sigmaSqPrior: number;
  /** Prior reliability Beta(alphaPrior, betaPrior); 10 and 1 mean "jurors are right about 10 times in 11". */
  readonly alphaPrior: number;
  readonly betaPrior: number;
  /** Weight of the information gained about the juror against the information gained about items. */
  readonly gamma: number;
  /** Lower bound of the factor a variance can shrink by in one update, keeping it positive. */
  readonly kappa: number;
}

/** The values the paper's experiments (and Gavel) use. */
export const DEFAULT_CROWD_BT: CrowdBTParameters = {
  muPrior: 0,
  sigmaSqPrior: 1,
  alphaPrior: 10,
  betaPrior: 1,
  gamma: 0.1,
  kappa: 1e-4,
};

export interface ItemBelief {
  readonly mu: number;
  readonly sigmaSq: number;
}

export interface JurorReliability {
  readonly alpha: number;
  readonly beta: number;
}

export interface VoteUpdate {
  readonly winner: ItemBelief;
  readonly loser: ItemBelief;
  readonly juror: JurorReliability;
  /** The model's probability, before the update, that this juror reports this outcome. */
  readonly probability: number;
}

function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}

/**
 * One vote's update. All three posteriors are computed from the beliefs before the vote.
 *
 * With p = e^{mu_w}/(e^{mu_w}+e^{mu_l}) and q = alpha·e^{mu_w}/(alpha·e^{mu_w} + beta·e^{mu_l}):
 *
 * Juror (moment matching of the Beta posterior):
 *   C1 = p + ½(sigmaSq_w + sigmaSq_l)·p(1−p)(1−2p)   (second-order estimate of E[P(w beats l)])
 *   C2 = 1 − C1,  C = (C1·alpha + C2·beta)/(alpha + beta)
 *   E[eta]  = (C1·(alpha+1)·alpha + C2·alpha·beta) / (C·(alpha+beta+1)(alpha+beta))
 *   E[eta²] = (C1·(alpha+2)(alpha+1)·alpha + C2·(alpha+1)·alpha·beta) / (C·(alpha+beta+2)(alpha+beta+1)(alpha+beta))
 *   alpha' = E[eta]·(E[eta] − E[eta²]) / (E[eta²] − E[eta]²),  beta' = (1 − E[eta])·(E[eta] − E[eta²]) / (E[eta²] − E[eta]²)
 *
 * Items (one Newton-like step on ln of the vote's likelihood, whose slope in mu_w is q − p and
 * whose curvature is q(1−q) − p(1−p)):
 *   mu_w' = mu_w + sigmaSq_w·(q − p),   sigmaSq_w' = sigmaSq_w · max(1 + sigmaSq_w·(q(1−q) − p(1−p)), kappa)
 *   mu_l' = mu_l − sigmaSq_l·(q − p),   sigmaSq_l' = sigmaSq_l · max(1 + sigmaSq_l·(q(1−q) − p(1−p)), kappa)
 */
export function crowdBTUpdate(
  juror: JurorReliability,
  winner: ItemBelief,
  loser: ItemBelief,
  kappa: number = DEFAULT_CROWD_BT.kappa,
): VoteUpdate {
  const { alpha, beta } = juror;
  const p = logistic(winner.mu - loser.mu);
  const c1 = p + 0.5 * (winner.sigmaSq + loser.sigmaSq) * p * (1 - p) * (1 - 2 * p);
  const c2 = 1 - c1;
  const total = alpha + beta;
  const c = (c1 * alpha + c2 * beta) / total;
  const m1 = (c1 * (alpha + 1) * alpha + c2 * alpha * beta) / (c * (total + 1) * total);
  const m2 =
    (c1 * (alpha + 2) * (alpha + 1) * alpha + c2 * (alpha + 1) * alpha * beta) /
    (c * (total + 2) * (total + 1) * total);
  const variance = m2 - m1 * m1;
  const strength = (m1 - m2) / variance;
  const updatedJuror =
    variance > 0 && strength > 0 ? { alpha: m1 * strength, beta: (1 - m1) * strength } : { alpha, beta };

  const q = alpha / (alpha + beta * exp(loser.mu - winner.mu));
  const slope = q - p;
  const curvature = q * (1 - q) - p * (1 - p);
  return {
    winner: {
      mu: winner.mu + winner.sigmaSq * slope,
      sigmaSq: winner.sigmaSq * max(1 + winner.sigmaSq * curvature, kappa),
    },
    loser: {
      mu: loser.mu - loser.sigmaSq * slope,
      sigmaSq: loser.sigmaSq * max(1 + loser.sigmaSq * curvature, kappa),
    },
    juror: updatedJuror,
    probability: c,
  };
}

/** KL( N(mu1, s1) ‖ N(mu2, s2) ). */
export function gaussianDivergence(posterior: ItemBelief, prior: ItemBelief): number {
  const ratio = posterior.sigmaSq / prior.sigmaSq;
  const shift = posterior.mu - prior.mu;
  return (shift * shift) / (2 * prior.sigmaSq) + (ratio - 1 - log(ratio)) / 2;
}

/** KL( Beta(a1, b1) ‖ Beta(a2, b2) ). */
export function betaDivergence(posterior: JurorReliability, prior: JurorReliability): number {
  const { alpha: a1, beta: b1 } = posterior;
  const { alpha: a2, beta: b2 } = prior;
  return (
    lnBeta(a2, b2) -
    lnBeta(a1, b1) +
    (a1 - a2) * digamma(a1) +
    (b1 - b2) * digamma(b1) +
    (a2 - a1 + b2 - b1) * digamma(a1 + b1)
  );
}

/**
 * Expected information gain of asking this juror to compare a and b: over both outcomes, weighted
 * by the model's probability of each, the KL divergence of the updated beliefs from the current ones
 * (both items, plus gamma times the juror's reliability).
 */
export function expectedInformationGain(
  juror: JurorReliability,
  a: ItemBelief,
  b: ItemBelief,
  parameters: Pick<CrowdBTParameters, 'gamma' | 'kappa'> = DEFAULT_CROWD_BT,
): number {
  const aWins = crowdBTUpdate(juror, a, b, parameters.kappa);
  const bWins = crowdBTUpdate(juror, b, a, parameters.kappa);
  const gainIfAWins =
    gaussianDivergence(aWins.winner, a) +
    gaussianDivergence(aWins.loser, b) +
    parameters.gamma * betaDivergence(aWins.juror, juror);
  const gainIfBWins =
    gaussianDivergence(bWins.winner, b) +
    gaussianDivergence(bWins.loser, a) +
    parameters.gamma * betaDivergence(bWins.juror, juror);
  // P(b wins) = 1 − P(a wins): swapping the items turns C1 into 1 − C1, hence C into 1 − C.
  return aWins.probability * gainIfAWins + (1 - aWins.probability) * gainIfBWins;
}

/**
 * Expected information gain about the juror alone: over both outcomes, weighted by the model's
 * probability of each, the KL divergence of the juror's updated Beta from the current one. Highest
 * for pairs whose order the model is sure of, where a vote against it shows.
 */
export function expectedReliabilityGain(
  juror: JurorReliability,
  a: ItemBelief,
  b: ItemBelief,
  kappa: number = DEFAULT_CROWD_BT.kappa,
): number {
  const aWins = crowdBTUpdate(juror, a, b, kappa);
  const bWins = crowdBTUpdate(juror, b, a, kappa);
  return (
    aWins.probability * betaDivergence(aWins.juror, juror) +
    (1 - aWins.probability) * betaDivergence(bWins.juror, juror)
  );
}
