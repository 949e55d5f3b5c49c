import {
  crowdBTUpdate,
  DEFAULT_CROWD_BT,
  expectedInformationGain,
  type CrowdBTParameters,
  type ItemBelief,
  type JurorReliability,
  type VoteUpdate,
} from './crowd-bt.js';
import {
  checkShareFor,
  DEFAULT_CHECKS,
  isCheckTurn,
  pairKey,
  selectPair,
  type CandidateItem,
  type CheckPolicy,
} from './pair-selection.js';
import { rankStandings } from './ranking.js';
import type { Rng } from './rng.js';
import { ScoringError } from './scoring-error.js';

export interface PairwiseItemRef {
  readonly id: string;
  readonly challengeId?: string | null;
  /** Milliseconds since the epoch; breaks ties in the ranking (earlier first). */
  readonly submittedAt?: number;
}

export interface PairwiseJudgingOptions {
  /** Required: tie breaks between equally good pairs are random, and must be replayable. */
  readonly rng: Rng;
  readonly items?: Iterable<PairwiseItemRef>;
  readonly parameters?: Partial<CrowdBTParameters>;
  /** Items with fewer comparisons than this are offered first. Default 2. */
  readonly minComparisons?: number;
  /** A skipped item is held back from that juror for this many of their next votes. Default 3. */
  readonly skipCooldown?: number;
  /**
   * How many of each juror's pairs are check pairs (see selectPair), spread evenly over their
   * votes, so that a juror who votes against clear orders is found out. Default DEFAULT_CHECKS;
   * `{ share: 0, doubtfulShare: 0 }` turns them off.
   */
  readonly checks?: Partial<CheckPolicy>;
}

export interface PairwiseItemState extends ItemBelief {
  readonly id: string;
  readonly challengeId: string | null;
  readonly comparisons: number;
}

export interface PairwiseJurorState extends JurorReliability {
  readonly id: string;
  readonly votes: number;
  readonly skips: number;
  /** alpha / (alpha + beta): the expected chance this juror's vote agrees with the true order. */
  readonly reliability: number;
}

export interface PairwiseStanding {
  /** Standard competition rank by mu; null while the item has not been compared. */
  readonly rank: number | null;
  readonly submissionId: string;
  readonly challengeId: string | null;
  readonly mu: number;
  readonly sigmaSq: number;
  readonly comparisons: number;
  readonly submittedAt: number | null;
}

interface Item {
  readonly id: string;
  challengeId: string | null;
  submittedAt: number | null;
  belief: ItemBelief;
  comparisons: number;
}

interface Juror {
  readonly id: string;
  reliability: JurorReliability;
  votes: number;
  skips: number;
  readonly seen: Set<string>;
  readonly comparedPairs: Set<string>;
  /** item id → the juror's vote count when it was skipped. */
  readonly skippedAt: Map<string, number>;
}

/**
 * Pairwise judging with CrowdBT: holds every item's belief and every juror's reliability, applies
 * votes online (O(1) each), proposes the next pair per juror and ranks items by mu.
 *
 * The state is a function of the votes and skips in the order they were recorded, so a restarted
 * server rebuilds it by replaying them; only the RNG's tie breaks in nextPair depend on the seed.
 */
export class PairwiseJudging {
  readonly parameters: CrowdBTParameters;
  private readonly rng: Rng;
  private readonly minComparisons: number;
  private readonly skipCooldown: number;
  readonly checks: CheckPolicy;
  private readonly items = new Map<string, Item>();
  private readonly jurors = new Map<string, Juror>();

  constructor(options: PairwiseJudgingOptions) {
    this.parameters = { ...DEFAULT_CROWD_BT, ...options.parameters };
    const { sigmaSqPrior, alphaPrior, betaPrior, kappa, gamma } = this.parameters;
    if (!(sigmaSqPrior > 0 && alphaPrior > 0 && betaPrior > 0 && kappa > 0 && gamma >= 0)) {
      throw new ScoringError('INVALID_PARAMETER', 'CrowdBT needs positive variance, alpha, beta and kappa.');
    }
    this.rng = options.rng;
    this.minComparisons = options.minComparisons ?? 2;
    this.skipCooldown = options.skipCooldown ?? 3;
    this.checks = { ...DEFAULT_CHECKS, ...options.checks };
    const { share, doubtfulShare } = this.checks;
    if (!(share >= 0 && share < 1 && doubtfulShare >= 0 && doubtfulShare < 1)) {
      throw new ScoringError('INVALID_PARAMETER', 'The share of check pairs must be at least 0 and below 1.');
    }
    for (const item of options.items ?? []) this.addItem(item);
  }

  /** Adds an item with the prior belief, or updates its challenge and submission time. */
  addItem(ref: PairwiseItemRef): void {
    const existing = this.items.get(ref.id);
    if (existing) {
      existing.challengeId = ref.challengeId ?? null;
      existing.submittedAt = ref.submittedAt ?? null;
      return;
    }
    this.items.set(ref.id, {
      id: ref.id,
      challengeId: ref.challengeId ?? null,
      submittedAt: ref.submittedAt ?? null,
      belief: { mu: this.parameters.muPrior, sigmaSq: this.parameters.sigmaSqPrior },
      comparisons: 0,
    });
  }

  /** Takes an item out of pairs and standings (e.g. a withdrawn project). */
  removeItem(id: string): boolean {
    return this.items.delete(id);
  }

  /** Sets a juror's reliability, e.g. a stronger prior for a trusted expert before their first vote. */
  setJurorReliability(jurorId: string, reliability: JurorReliability): void {
    if (!(reliability.alpha > 0 && reliability.beta > 0)) {
      throw new ScoringError('INVALID_PARAMETER', 'Reliability needs alpha > 0 and beta > 0.');
    }
    this.jurorFor(jurorId).reliability = { alpha: reliability.alpha, beta: reliability.beta };
  }

  /** Applies one vote (the juror preferred `winnerId` over `loserId`). O(1). */
  recordVote(jurorId: string, winnerId: string, loserId: string): VoteUpdate {
    if (winnerId === loserId) throw new ScoringError('INVALID_VOTE', 'A vote needs two different items.');
    const winner = this.requireItem(winnerId);
    const loser = this.requireItem(loserId);
    const juror = this.jurorFor(jurorId);
    const update = crowdBTUpdate(juror.reliability, winner.belief, loser.belief, this.parameters.kappa);
    winner.belief = update.winner;
    loser.belief = update.loser;
    juror.reliability = update.juror;
    winner.comparisons++;
    loser.comparisons++;
    juror.votes++;
    juror.seen.add(winnerId);
    juror.seen.add(loserId);
    juror.comparedPairs.add(pairKey(winnerId, loserId));
    juror.skippedAt.delete(winnerId);
    juror.skippedAt.delete(loserId);
    return update;
  }

  /**
   * A vote that only informs the juror's reliability: the items keep their beliefs and comparison
   * counts (an organizer excluded the juror's votes from the board). O(1).
   */
  observeVote(jurorId: string, winnerId: string, loserId: string): JurorReliability {
    if (winnerId === loserId) throw new ScoringError('INVALID_VOTE', 'A vote needs two different items.');
    const winner = this.requireItem(winnerId);
    const loser = this.requireItem(loserId);
    const juror = this.jurorFor(jurorId);
    juror.reliability = crowdBTUpdate(juror.reliability, winner.belief, loser.belief, this.parameters.kappa).juror;
    juror.votes++;
    juror.seen.add(winnerId);
    juror.seen.add(loserId);
    juror.comparedPairs.add(pairKey(winnerId, loserId));
    juror.skippedAt.delete(winnerId);
    juror.skippedAt.delete(loserId);
    return juror.reliability;
  }

  /** Records that a juror skipped an item (team absent, conflict…): it is held back from them for a while. */
  recordSkip(jurorId: string, itemId: string): void {
    this.requireItem(itemId);
    const juror = this.jurorFor(jurorId);
    juror.skips++;
    juror.skippedAt.set(itemId, juror.votes);
  }

  /**
   * The next pair this juror should compare (see selectPair for the rules), or null with fewer than
   * two items. `anchor` keeps one item fixed (the project the juror is at); `challengeId` limits the
   * candidates to one challenge.
   */
  nextPair(
    jurorId: string,
    options: { readonly anchor?: string; readonly challengeId?: string | null } = {},
  ): readonly [string, string] | null {
    if (options.anchor !== undefined) this.requireItem(options.anchor);
    const juror = this.jurorFor(jurorId);
    const coolingDown = new Set<string>();
    for (const [itemId, votesThen] of juror.skippedAt) {
      if (juror.votes - votesThen < this.skipCooldown) coolingDown.add(itemId);
    }
    const candidates: CandidateItem[] = [];
    for (const item of this.items.values()) {
      if (options.challengeId != null && item.challengeId !== options.challengeId && item.id !== options.anchor)
        continue;
      candidates.push({ id: item.id, belief: item.belief, comparisons: item.comparisons });
    }
    return selectPair(
      candidates,
      { reliability: juror.reliability, seen: juror.seen, comparedPairs: juror.comparedPairs, coolingDown },
      this.rng,
      {
        minComparisons: this.minComparisons,
        gamma: this.parameters.gamma,
        kappa: this.parameters.kappa,
        purpose: isCheckTurn(juror.votes, checkShareFor(juror.reliability, this.checks)) ? 'check' : 'information',
        ...(options.anchor !== undefined ? { anchor: options.anchor } : {}),
      },
    );
  }

  /** Expected information gain if this juror compared a and b now. */
  expectedInformationGain(jurorId: string, a: string, b: string): number {
    const juror = this.jurors.get(jurorId);
    const reliability = juror?.reliability ?? { alpha: this.parameters.alphaPrior, beta: this.parameters.betaPrior };
    return expectedInformationGain(
      reliability,
      this.requireItem(a).belief,
      this.requireItem(b).belief,
      this.parameters,
    );
  }

  item(id: string): PairwiseItemState | undefined {
    const item = this.items.get(id);
    return item && { id, challengeId: item.challengeId, ...item.belief, comparisons: item.comparisons };
  }

  juror(id: string): PairwiseJurorState {
    const juror = this.jurors.get(id);
    const reliability = juror?.reliability ?? { alpha: this.parameters.alphaPrior, beta: this.parameters.betaPrior };
    return {
      id,
      ...reliability,
      votes: juror?.votes ?? 0,
      skips: juror?.skips ?? 0,
      reliability: reliability.alpha / (reliability.alpha + reliability.beta),
    };
  }

  /**
   * Items ranked by mu (higher first), equal mu sharing a rank (1, 2, 2, 4); ties listed by more
   * comparisons, earlier submission, then id. Items never compared come last, unranked. O(n log n).
   */
  standings(options: { readonly challengeId?: string | null } = {}): PairwiseStanding[] {
    const entries = [];
    for (const item of this.items.values()) {
      if (options.challengeId != null && item.challengeId !== options.challengeId) continue;
      entries.push({
        submissionId: item.id,
        challengeId: item.challengeId,
        score: item.comparisons > 0 ? item.belief.mu : null,
        reviews: item.comparisons,
        mu: item.belief.mu,
        sigmaSq: item.belief.sigmaSq,
        comparisons: item.comparisons,
        ...(item.submittedAt !== null ? { submittedAt: item.submittedAt } : {}),
      });
    }
    return rankStandings(entries).map((entry) => ({
      rank: entry.rank,
      submissionId: entry.submissionId,
      challengeId: entry.challengeId,
      mu: entry.mu,
      sigmaSq: entry.sigmaSq,
      comparisons: entry.comparisons,
      submittedAt: entry.submittedAt ?? null,
    }));
  }

  private requireItem(id: string): Item {
    const item = this.items.get(id);
    if (!item) throw new ScoringError('UNKNOWN_ITEM', `No item "${id}" in pairwise judging.`);
    return item;
  }

  private jurorFor(jurorId: string): Juror {
    let juror = this.jurors.get(jurorId);
    if (!juror) {
      juror = {
        id: jurorId,
        reliability: { alpha: this.parameters.alphaPrior, beta: this.parameters.betaPrior },
        votes: 0,
        skips: 0,
        seen: new Set(),
        comparedPairs: new Set(),
        skippedAt: new Map(),
      };
      this.jurors.set(jurorId, juror);
    }
    return juror;
  }
}
