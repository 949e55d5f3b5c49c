import {
  type CandidateItem,
  checkShareFor,
  createRng,
  isCheckTurn,
  type JurorEvidence,
  jurorEvidence,
  type JurorVote,
  pairKey,
  PairwiseJudging,
  type PairwiseJurorState,
  rankStandings,
  type Rng,
  selectPair,
} from '@hackboard/scoring';

/** A stored vote (winner and loser) or skip (skipped only), in the order the round recorded it. */
export interface PairwiseRecord {
  readonly roundId: string;
  readonly sequence: number;
  readonly jurorId: string;
  readonly winnerId: string | null;
  readonly loserId: string | null;
  readonly skippedId: string | null;
}

/** A project of the round as the model needs it. */
export interface ModelItem {
  readonly id: string;
  readonly challengeId: string | null;
  /** Milliseconds since the epoch; earlier wins a tie on the board. */
  readonly submittedAt: number | null;
}

export interface ModelStanding {
  readonly rank: number | null;
  readonly submissionId: string;
  readonly mu: number;
  readonly sigma: number;
  readonly comparisons: number;
}

/** Items with fewer comparisons are offered first (the fairness rule), as in the library's default. */
const MIN_COMPARISONS = 2;
/** A skipped project is held back from that juror for this many of their next votes. */
const SKIP_COOLDOWN = 3;

/** What a juror has done so far: what the library keeps privately, kept here too (see `nextPair`). */
interface JurorTrail {
  readonly seen: Set<string>;
  readonly comparedPairs: Set<string>;
  /** project id → the juror's vote count when they skipped it. */
  readonly skippedAt: Map<string, number>;
}

/**
 * One round's CrowdBT model: the library's `PairwiseJudging` fed with the round's votes and skips in
 * sequence order, seeded with the round id. The state is a function of those records alone, so any
 * instance that has applied the same sequence holds the same beliefs and reliabilities.
 *
 * Pairs are chosen with the library's `selectPair` over the projects a juror may see: the library's
 * `nextPair` cannot leave out a juror's conflicts of interest, so the juror's trail (seen projects,
 * compared pairs, recent skips) is mirrored here with the library's rules.
 */
export class RoundModel {
  private readonly rng: Rng;
  private readonly judging: PairwiseJudging;
  private readonly trails = new Map<string, JurorTrail>();
  private readonly itemIds = new Set<string>();
  /** Every juror's votes in order, counted or not: the evidence about them. */
  private readonly cast = new Map<string, JurorVote[]>();
  private appliedSequence = 0;
  private voteCount = 0;
  readonly excluded: ReadonlySet<string>;

  /** `excluded`: jurors whose votes only inform their own reliability and never move the board. */
  constructor(
    readonly roundId: string,
    excluded: Iterable<string> = [],
  ) {
    this.excluded = new Set(excluded);
    this.rng = createRng(seedOf(roundId));
    this.judging = new PairwiseJudging({
      rng: this.rng,
      minComparisons: MIN_COMPARISONS,
      skipCooldown: SKIP_COOLDOWN,
    });
  }

  /** The sequence of the last record applied; 0 before the first. */
  get applied(): number {
    return this.appliedSequence;
  }

  /** Votes on the board: excluded jurors' votes are not counted. */
  get votes(): number {
    return this.voteCount;
  }

  /** Makes the projects known (prior belief) or refreshes their challenge and submission time. */
  addItems(items: Iterable<ModelItem>): void {
    for (const item of items) {
      this.itemIds.add(item.id);
      this.judging.addItem({
        id: item.id,
        challengeId: item.challengeId,
        ...(item.submittedAt !== null ? { submittedAt: item.submittedAt } : {}),
      });
    }
  }

  /** Applies the next record; one already applied (by sequence) is ignored. */
  apply(record: PairwiseRecord): void {
    if (record.sequence <= this.appliedSequence) return;
    const trail = this.trailOf(record.jurorId);
    if (record.winnerId !== null && record.loserId !== null) {
      this.ensureItem(record.winnerId);
      this.ensureItem(record.loserId);
      if (this.excluded.has(record.jurorId)) {
        this.judging.observeVote(record.jurorId, record.winnerId, record.loserId);
      } else {
        this.judging.recordVote(record.jurorId, record.winnerId, record.loserId);
        this.voteCount++;
      }
      this.castBy(record.jurorId).push({ winnerId: record.winnerId, loserId: record.loserId });
      trail.seen.add(record.winnerId);
      trail.seen.add(record.loserId);
      trail.comparedPairs.add(pairKey(record.winnerId, record.loserId));
      trail.skippedAt.delete(record.winnerId);
      trail.skippedAt.delete(record.loserId);
    } else if (record.skippedId !== null) {
      this.ensureItem(record.skippedId);
      this.judging.recordSkip(record.jurorId, record.skippedId);
      trail.skippedAt.set(record.skippedId, this.judging.juror(record.jurorId).votes);
    }
    this.appliedSequence = record.sequence;
  }

  /**
   * The next pair for this juror among `eligible` (the projects they may see), by the library's
   * rules: an uncompared pair first, then fewer recent skips, the fairness rule (projects with fewer
   * than two comparisons), projects new to the juror, the highest expected information gain, and
   * the seeded RNG among exact ties. A share of each juror's pairs (the library's DEFAULT_CHECKS:
   * one in four, nine in ten while the juror is doubted) are check pairs, whose order the board is
   * sure of, so a juror voting against clear orders shows. Null when fewer than two projects are eligible, or when the
   * juror has compared every eligible pair (with an anchor: every pair containing it).
   */
  nextPair(jurorId: string, eligible: readonly string[], anchor?: string): readonly [string, string] | null {
    const trail = this.trails.get(jurorId) ?? emptyTrail();
    const juror = this.judging.juror(jurorId);
    const coolingDown = new Set<string>();
    for (const [itemId, votesThen] of trail.skippedAt) {
      if (juror.votes - votesThen < SKIP_COOLDOWN) coolingDown.add(itemId);
    }
    const candidates: CandidateItem[] = [];
    for (const id of [...new Set(eligible)].sort()) {
      const item = this.judging.item(id);
      if (item) candidates.push({ id, belief: { mu: item.mu, sigmaSq: item.sigmaSq }, comparisons: item.comparisons });
    }
    if (anchor !== undefined && !candidates.some((candidate) => candidate.id === anchor)) return null;
    const pair = selectPair(
      candidates,
      { reliability: { alpha: juror.alpha, beta: juror.beta }, ...trail, coolingDown },
      this.rng,
      {
        minComparisons: MIN_COMPARISONS,
        gamma: this.judging.parameters.gamma,
        kappa: this.judging.parameters.kappa,
        purpose: isCheckTurn(juror.votes, checkShareFor(juror, this.judging.checks)) ? 'check' : 'information',
        ...(anchor !== undefined ? { anchor } : {}),
      },
    );
    // selectPair prefers any uncompared pair, so a repeat means none is left.
    if (!pair || trail.comparedPairs.has(pairKey(pair[0], pair[1]))) return null;
    return pair;
  }

  /** The board over these projects: by mu, shared ranks, never-compared projects last and unranked. */
  standings(items: readonly ModelItem[]): ModelStanding[] {
    const { muPrior, sigmaSqPrior } = this.judging.parameters;
    const entries = items.map((ref) => {
      const item = this.judging.item(ref.id);
      const comparisons = item?.comparisons ?? 0;
      const mu = item?.mu ?? muPrior;
      return {
        submissionId: ref.id,
        score: comparisons > 0 ? mu : null,
        reviews: comparisons,
        ...(ref.submittedAt !== null ? { submittedAt: ref.submittedAt } : {}),
        mu,
        sigma: Math.sqrt(item?.sigmaSq ?? sigmaSqPrior),
        comparisons,
      };
    });
    return rankStandings(entries).map(({ rank, submissionId, mu, sigma, comparisons }) => ({
      rank,
      submissionId,
      mu,
      sigma,
      comparisons,
    }));
  }

  /** Every juror who has voted or skipped in the round. */
  jurorIds(): string[] {
    return [...this.trails.keys()].sort();
  }

  juror(jurorId: string): PairwiseJurorState {
    return this.judging.juror(jurorId);
  }

  /** The juror's votes against the board as it stands, and whether they look unreliable. */
  evidence(jurorId: string): JurorEvidence {
    return jurorEvidence(this.cast.get(jurorId) ?? [], this.judging.juror(jurorId), (id) => this.judging.item(id));
  }

  /** Everything the records determine, in a stable order: two models of the same records are equal. */
  state() {
    const items = [...this.itemIds].sort().map((id) => this.judging.item(id)!);
    return {
      applied: this.appliedSequence,
      votes: this.voteCount,
      items,
      jurors: this.jurorIds().map((id) => this.judging.juror(id)),
    };
  }

  private ensureItem(id: string): void {
    if (!this.judging.item(id)) this.judging.addItem({ id });
    this.itemIds.add(id);
  }

  private castBy(jurorId: string): JurorVote[] {
    let votes = this.cast.get(jurorId);
    if (!votes) {
      votes = [];
      this.cast.set(jurorId, votes);
    }
    return votes;
  }

  private trailOf(jurorId: string): JurorTrail {
    let trail = this.trails.get(jurorId);
    if (!trail) {
      trail = emptyTrail();
      this.trails.set(jurorId, trail);
    }
    return trail;
  }
}

function emptyTrail(): JurorTrail {
  return { seen: new Set(), comparedPairs: new Set(), skippedAt: new Map() };
}

/** FNV-1a over the round id: every instance seeds a round's RNG alike. */
export function seedOf(roundId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < roundId.length; i++) {
    hash ^= roundId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
