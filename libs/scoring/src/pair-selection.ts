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
}

/** One key per unordered pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

const RELATIVE_TIE = 1e-12;

/**
 * The next pair for a juror. Candidates are compared on, in order:
 * 1. a pair this juror has not compared yet beats one they have (a pair is never repeated while an
 *    unseen pair exists);
 * 2. fewer recently skipped items;
 * 3. more items with fewer than minComparisons comparisons overall;
 * 4. more items this juror has not seen;
 * 5. higher expected information gain (CrowdBT);
 * 6. the injected RNG, uniformly among what is still tied.
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
  const tierOf = (item: CandidateItem): number =>
    (juror.coolingDown.has(item.id) ? 0 : 100) +
    (item.comparisons < options.minComparisons ? 10 : 0) +
    (juror.seen.has(item.id) ? 0 : 1);
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
    const gain = expectedInformationGain(juror.reliability, a.belief, b.belief, options);
    if (tier > bestTier || gain > bestGain + RELATIVE_TIE * Math.abs(bestGain)) {
      best = [i, j];
      bestTier = tier;
      bestGain = gain;
      ties = 1;
    } else if (gain >= bestGain - RELATIVE_TIE * Math.abs(bestGain)) {
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
