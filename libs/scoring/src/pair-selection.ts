import { expectedInformationGain, type CrowdBTParameters, type ItemBelief, type JurorReliability } from './crowd-bt.js';
import type { Rng } from './rng.js';

export interface CandidateItem {
  readonly id: string;
  readonly belief: ItemBelief;
  /** Votes this item took part in, by any juror. */
  readonly comparisons: number;
}

export interface JurorHistory {
  readonly reliability: JurorReliability;
  /** Items this juror has compared. */
  readonly seen: ReadonlySet<string>;
  /** pairKey of every pair this juror has compared. */
  readonly comparedPairs: ReadonlySet<string>;
  /** Items this juror skipped recently. */
  readonly coolingDown: ReadonlySet<string>;
}

export interface PairSelectionOptions extends Pick<CrowdBTParameters, 'gamma' | 'kappa'> {
  /** Items with fewer comparisons than this are shown first, so every project gets seen. */
  readonly minComparisons: number;
  /** Only pairs containing this item (the project the juror is standing at). */
  readonly anchor?: string;
  /**
   * 'check': a pair chosen to test the juror rather than the items: rules 3 and 4 are left out and
   * the juror's expected reliability gain replaces the expected information gain (rule 5), which
   * favours pairs whose order the model is already sure of. Default 'information'.
   */
  readonly purpose?: 'information' | 'check';
}

/** One key per unordered pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

const RELATIVE_TIE = 1e-12;
// Module bindings, as in crowd-bt.ts.
const { abs, sqrt, PI } = Math;

/** How sure the board is of the pair's order: the gap in mu in units widened by both variances. */
function clarity(a: ItemBelief, b: ItemBelief): number {
  return abs(a.mu - b.mu) / sqrt(1 + (PI / 8) * (a.sigmaSq + b.sigmaSq));
}

/** How many of a juror's pairs are check pairs. */
export interface CheckPolicy {
  /** The share of check pairs for a juror the model trusts. */
  readonly share: number;
  /**
   * The share while the juror's estimated reliability is below `doubtfulBelow`: such a juror's
   * votes move the board little (CrowdBT discounts them), so their pairs are better spent on
   * finding out whether the doubt is right.
   */
  readonly doubtfulShare: number;
  readonly doubtfulBelow: number;
}

/** Chosen on the simulation bench (libs/scoring/bench/pairwise-reliability.bench.mjs). */
export const DEFAULT_CHECKS: CheckPolicy = { share: 0.25, doubtfulShare: 0.9, doubtfulBelow: 0.9 };

/** The share of check pairs for a juror with this reliability. */
export function checkShareFor(reliability: JurorReliability, checks: CheckPolicy): number {
  const mean = reliability.alpha / (reliability.alpha + reliability.beta);
  return mean < checks.doubtfulBelow ? checks.doubtfulShare : checks.share;
}

/**
 * Whether a juror's next pair (after `votes` votes) is a check pair when a share of their pairs is:
 * the check turns are spread evenly, the first after 1/share votes (share 0.25: votes 4, 8, 12 …).
 * A function of the vote count alone, so every instance agrees on it.
 */
export function isCheckTurn(votes: number, share: number): boolean {
  if (!(share > 0)) return false;
  return Math.floor((votes + 1) * share + 1e-9) > Math.floor(votes * share + 1e-9);
}

/**
 * The next pair for a juror. Candidates are compared on, in order:
 * 1. a pair this juror has not compared yet beats one they have (a pair is never repeated while an
 *    unseen pair exists);
 * 2. fewer recently skipped items;
 * 3. more items with fewer than minComparisons comparisons overall;
 * 4. more items this juror has not seen;
 * 5. higher expected information gain (CrowdBT);
 * 6. the injected RNG, uniformly among what is still tied.
 * A check pair (`purpose: 'check'`) skips rules 3 and 4 and ranks by the juror's expected
 * reliability gain instead of rule 5.
 * With an anchor the candidates are the n − 1 pairs containing it (O(n)); without, all n(n − 1)/2
 * pairs (O(n²) information-gain evaluations, about a microsecond each). Returns null with fewer than
 * two items. The pair comes in random order (the anchor first when given).
 */
export function selectPair(
  items: readonly CandidateItem[],
  juror: JurorHistory,
  rng: Rng,
  options: PairSelectionOptions,
): readonly [string, string] | null {
  const check = options.purpose === 'check';
  const tierOf = (item: CandidateItem): number =>
    (juror.coolingDown.has(item.id) ? 0 : 100) +
    (check ? 0 : (item.comparisons < options.minComparisons ? 10 : 0) + (juror.seen.has(item.id) ? 0 : 1));
  const tiers = items.map(tierOf);

  let best: [number, number] | null = null;
  let bestTier = -1;
  let bestGain = Number.NEGATIVE_INFINITY;
  let ties = 0;
  const consider = (i: number, j: number): void => {
    const a = items[i];
    const b = items[j];
    // The per-item tiers add up digit by digit (each digit is 0–2 for a pair), so one sum orders rules 2–4.
    const tier = (juror.comparedPairs.has(pairKey(a.id, b.id)) ? 0 : 1000) + tiers[i] + tiers[j];
    if (tier < bestTier) return;
    const gain = check
      ? clarity(a.belief, b.belief)
      : expectedInformationGain(juror.reliability, a.belief, b.belief, options);
    if (tier > bestTier || gain > bestGain + RELATIVE_TIE * abs(bestGain)) {
      best = [i, j];
      bestTier = tier;
      bestGain = gain;
      ties = 1;
    } else if (gain >= bestGain - RELATIVE_TIE * abs(bestGain)) {
      ties++;
      if (rng() * ties < 1) best = [i, j];
    }
  };

  if (options.anchor !== undefined) {
    const anchorIndex = items.findIndex((item) => item.id === options.anchor);
    if (anchorIndex < 0) return null;
    for (let j = 0; j < items.length; j++) if (j !== anchorIndex) consider(anchorIndex, j);
  } else {
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) consider(i, j);
  }
  if (best === null) return null;
  const [i, j] = best as [number, number];
  const first = items[i].id;
  const second = items[j].id;
  if (options.anchor !== undefined || rng() < 0.5) return [first, second];
  return [second, first];
}
