import { jurorEvidence, type JurorVote } from './juror-evidence.js';
import { isCheckTurn, pairKey, type CheckPolicy } from './pair-selection.js';
import { PairwiseJudging } from './pairwise-judging.js';
import { createRng, type Rng } from './rng.js';

/** Kinds of simulated juror, each with the chance of reporting the order they perceive. */
export type JurorKind = 'reliable' | 'noisy' | 'random' | 'adversarial';

export const JUROR_KINDS: readonly JurorKind[] = ['reliable', 'noisy', 'random', 'adversarial'];

/** True reliability per kind: the chance a juror reports the Bradley–Terry outcome rather than its opposite. */
export const TRUE_RELIABILITY: Readonly<Record<JurorKind, number>> = {
  reliable: 0.95,
  noisy: 0.75,
  random: 0.5,
  adversarial: 0.15,
};

/** The panel the issue was found with: 4 reliable, 2 noisy, a coin-flipper and an adversary. */
export const DEFAULT_PANEL: Readonly<Record<JurorKind, number>> = { reliable: 4, noisy: 2, random: 1, adversarial: 1 };

/**
 * How the next pair is chosen:
 * - `information`: the highest expected information gain (the library's rules, no check pairs);
 * - `check`: the same, with check pairs (PairwiseJudging's `checks`);
 * - `random-share`: the same as `information`, with `share` of each juror's pairs drawn uniformly
 *   among the pairs they have not compared;
 * - `random`: every pair drawn uniformly among the pairs the juror has not compared.
 */
export type PairPolicy =
  | { readonly kind: 'information' }
  | { readonly kind: 'check'; readonly checks: Partial<CheckPolicy> }
  | { readonly kind: 'random-share'; readonly share: number }
  | { readonly kind: 'random' };

export interface SimulationScenario {
  readonly entries: number;
  readonly panel?: Readonly<Partial<Record<JurorKind, number>>>;
  readonly votesPerJuror: number;
  /** Standard deviation of the hidden strengths (logit scale). Default 1.5. */
  readonly spread?: number;
  readonly seed: number;
}

export interface KindResult {
  readonly kind: JurorKind;
  readonly jurors: number;
  readonly trueReliability: number;
  /** Mean over the kind's jurors of alpha / (alpha + beta) after their votes. */
  readonly estimated: number;
  /** Mean over the kind's jurors of |estimated − true|. */
  readonly error: number;
  /** Share of the kind's jurors flagged as probably unreliable (jurorEvidence). */
  readonly flagged: number;
}

export interface SimulationResult {
  /** Kendall's tau between the board (by mu) and the hidden strengths. */
  readonly tau: number;
  readonly kinds: readonly KindResult[];
}

/** Kendall's tau-a of two score lists over the same items (1: same order, −1: reversed). O(n²). */
export function kendallTau(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  if (n < 2) return 1;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) sum += Math.sign(a[i] - a[j]) * Math.sign(b[i] - b[j]);
  }
  return sum / ((n * (n - 1)) / 2);
}

/** A standard normal draw (Box–Muller) from a uniform source. */
function normal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

function randomUncomparedPair(
  ids: readonly string[],
  compared: ReadonlySet<string>,
  rng: Rng,
): [string, string] | null {
  const open: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) if (!compared.has(pairKey(ids[i], ids[j]))) open.push([ids[i], ids[j]]);
  }
  return open.length === 0 ? null : open[Math.floor(rng() * open.length)];
}

/**
 * One seeded run: hidden strengths for the entries, a panel of simulated jurors voting in turn
 * (each juror `votesPerJuror` times) on the pairs the policy picks, then the board's Kendall tau
 * against the truth and each juror kind's estimated reliability. The same scenario and policy
 * always give the same result.
 */
export function simulatePairwise(scenario: SimulationScenario, policy: PairPolicy): SimulationResult {
  const world = createRng(scenario.seed);
  const spread = scenario.spread ?? 1.5;
  const ids = Array.from({ length: scenario.entries }, (_, i) => `e${String(i).padStart(3, '0')}`);
  const strength = new Map(ids.map((id) => [id, spread * normal(world)]));
  const panel = { ...DEFAULT_PANEL, ...scenario.panel };
  const jurors = JUROR_KINDS.flatMap((kind) =>
    Array.from({ length: panel[kind] ?? 0 }, (_, i) => ({ id: `${kind}-${i}`, kind })),
  );

  const judging = new PairwiseJudging({
    rng: createRng(scenario.seed ^ 0x5bd1e995),
    items: ids.map((id) => ({ id })),
    checks: policy.kind === 'check' ? policy.checks : { share: 0, doubtfulShare: 0 },
  });
  const choice = createRng(scenario.seed ^ 0x27d4eb2f);
  const compared = new Map(jurors.map((juror) => [juror.id, new Set<string>()]));
  const cast = new Map(jurors.map((juror) => [juror.id, [] as JurorVote[]]));

  for (let round = 0; round < scenario.votesPerJuror; round++) {
    for (const juror of jurors) {
      const seen = compared.get(juror.id)!;
      const votes = judging.juror(juror.id).votes;
      const explore = policy.kind === 'random' || (policy.kind === 'random-share' && isCheckTurn(votes, policy.share));
      const pair = explore ? randomUncomparedPair(ids, seen, choice) : judging.nextPair(juror.id);
      if (!pair || seen.has(pairKey(pair[0], pair[1]))) continue;
      const [a, b] = pair;
      const aStronger = world() < 1 / (1 + Math.exp(strength.get(b)! - strength.get(a)!));
      const truthful = world() < TRUE_RELIABILITY[juror.kind];
      const aWins = aStronger === truthful;
      judging.recordVote(juror.id, aWins ? a : b, aWins ? b : a);
      cast.get(juror.id)!.push({ winnerId: aWins ? a : b, loserId: aWins ? b : a });
      seen.add(pairKey(a, b));
    }
  }

  const tau = kendallTau(
    ids.map((id) => strength.get(id)!),
    ids.map((id) => judging.item(id)!.mu),
  );
  const kinds = JUROR_KINDS.filter((kind) => (panel[kind] ?? 0) > 0).map((kind) => {
    const ofKind = jurors.filter((juror) => juror.kind === kind);
    const estimates = ofKind.map((juror) => judging.juror(juror.id).reliability);
    const flags = ofKind.map((juror) => {
      const evidence = jurorEvidence(cast.get(juror.id)!, judging.juror(juror.id), (id) => judging.item(id));
      return evidence.reasons.length > 0 ? 1 : 0;
    });
    const truth = TRUE_RELIABILITY[kind];
    return {
      kind,
      jurors: estimates.length,
      trueReliability: truth,
      estimated: mean(estimates),
      error: mean(estimates.map((estimate) => Math.abs(estimate - truth))),
      flagged: mean(flags),
    };
  });
  return { tau, kinds };
}

export interface BenchRow {
  readonly tau: number;
  /** Per kind, averaged over the seeds. */
  readonly kinds: readonly KindResult[];
}

/** simulatePairwise over several seeds (seed, seed + 1, …), averaged. */
export function simulateSeeds(
  scenario: Omit<SimulationScenario, 'seed'>,
  policy: PairPolicy,
  seeds: readonly number[],
): BenchRow {
  const runs = seeds.map((seed) => simulatePairwise({ ...scenario, seed }, policy));
  const kinds = runs[0].kinds.map((first, index) => ({
    ...first,
    estimated: mean(runs.map((run) => run.kinds[index].estimated)),
    error: mean(runs.map((run) => run.kinds[index].error)),
    flagged: mean(runs.map((run) => run.kinds[index].flagged)),
  }));
  return { tau: mean(runs.map((run) => run.tau)), kinds };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
