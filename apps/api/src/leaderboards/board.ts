import type { LeaderboardStandingDto, ScoreNormalization } from '@hackboard/contracts';
import {
  type Criterion,
  type Explanation,
  rankStandings,
  type Rubric,
  RubricLeaderboard,
  type Scale,
} from '@hackboard/scoring';
import type { CriterionEntity } from '../judging/criterion.entity.js';
import type { JudgingChange } from '../judging/judging-changes.js';
import type { EntryRow } from '../judging/judging.repository.js';
import type { RoundRubric } from '../judging/judging.service.js';
import type { RoundEntity } from '../judging/round.entity.js';
import type { ScoreRow } from '../reviews/reviews.repository.js';

/** The key of the board of all heats together; every other board is keyed by its round id. */
export const HEATS = 'heats';

const DEFAULT_SCALE: Scale = { min: 1, max: 10 };

export interface BoardEntry {
  submissionId: string;
  title: string;
  teamName: string;
  challengeId: string;
  submittedAt: number;
}

/** What a board is built from, read from the database at `version`. */
export interface BoardData {
  key: string;
  version: number;
  rounds: readonly RoundEntity[];
  entries: readonly EntryRow[];
  rubrics: ReadonlyMap<string, RoundRubric>;
  /** The event rubric: the heats board's common scale, and the rubric of heats without their own. */
  eventCriteria: readonly CriterionEntity[];
  scores: readonly ScoreRow[];
}

/**
 * One leaderboard held in memory: a round's, or all heats together (each heat's submissions under
 * its own rubric, mapped onto the event rubric's scale). It wraps the incremental engine of
 * @hackboard/scoring, knows the event leaderboard version it reflects, and takes score changes one
 * at a time. A board with no rubric yet has no engine: its entries stand unranked.
 */
export class Board {
  readonly roundIds: ReadonlySet<string>;
  readonly entries: ReadonlyMap<string, BoardEntry>;
  readonly scale: Scale;

  private constructor(
    readonly key: string,
    public version: number,
    roundIds: readonly string[],
    entries: readonly BoardEntry[],
    private readonly engine: RubricLeaderboard | null,
    private readonly names: ReadonlyMap<string, ReadonlyMap<string, string>>,
    private readonly rubricOf: (challengeId: string) => ReadonlyMap<string, Criterion> | null,
    /** Stored values the rubric no longer accepts (left out of the board). */
    readonly skippedScores: number,
  ) {
    this.roundIds = new Set(roundIds);
    this.entries = new Map(entries.map((entry) => [entry.submissionId, entry]));
    this.scale = engine?.scale ?? DEFAULT_SCALE;
  }

  static build(data: BoardData): Board {
    const rounds = data.key === HEATS ? data.rounds.filter((round) => round.kind === 'heat') : data.rounds;
    const roundIds = rounds.map((round) => round.id);
    const seen = new Set<string>();
    const entries: BoardEntry[] = [];
    for (const row of data.entries) {
      if (!roundIds.includes(row.roundId) || seen.has(row.submissionId)) continue;
      seen.add(row.submissionId);
      entries.push({
        submissionId: row.submissionId,
        title: row.title,
        teamName: row.teamName,
        challengeId: row.challengeId,
        submittedAt: row.submittedAt?.getTime() ?? Number.MAX_SAFE_INTEGER,
      });
    }

    // The rubric per challenge (a heat's own or its challenge's); '' is the board's base rubric.
    const rubrics = new Map<string, readonly CriterionEntity[]>();
    let scale: Scale | undefined;
    if (data.key === HEATS) {
      for (const round of rounds) {
        const criteria = data.rubrics.get(round.id)?.criteria ?? [];
        if (criteria.length > 0 && round.challengeId) rubrics.set(round.challengeId, criteria);
      }
      const base = data.eventCriteria.length > 0 ? data.eventCriteria : [...rubrics.values()][0];
      if (base) rubrics.set('', base);
      const first = data.eventCriteria[0] ?? base?.[0];
      if (first) scale = { min: first.scaleMin, max: first.scaleMax };
    } else {
      const criteria = data.rubrics.get(rounds[0]?.id ?? '')?.criteria ?? [];
      if (criteria.length > 0) rubrics.set('', criteria);
    }
    const base = rubrics.get('');
    const compiled = new Map(
      [...rubrics].map(([challengeId, criteria]) => [
        challengeId,
        new Map(criteria.map((c) => [c.key, toCriterion(c)])),
      ]),
    );
    const rubricOf = (challengeId: string) => compiled.get(challengeId) ?? compiled.get('') ?? null;
    const names = new Map(
      [...rubrics].map(([challengeId, criteria]) => [challengeId, new Map(criteria.map((c) => [c.key, c.name]))]),
    );

    let engine: RubricLeaderboard | null = null;
    let skipped = 0;
    if (base) {
      const challengeRubrics: Record<string, Rubric> = {};
      for (const [challengeId, criteria] of rubrics) {
        if (challengeId !== '') challengeRubrics[challengeId] = { criteria: criteria.map(toCriterion) };
      }
      const byId = new Map(entries.map((entry) => [entry.submissionId, entry]));
      const scores = data.scores.filter((score) => {
        const entry = byId.get(score.submissionId);
        const criterion =
          entry && roundIds.includes(score.roundId) ? rubricOf(entry.challengeId)?.get(score.criterionKey) : undefined;
        const fits = !!criterion && score.value >= criterion.scaleMin && score.value <= criterion.scaleMax;
        if (!fits && entry && roundIds.includes(score.roundId)) skipped++;
        return fits;
      });
      engine = new RubricLeaderboard({
        rubric: { criteria: base.map(toCriterion) },
        challengeRubrics,
        ...(scale ? { scale } : {}),
        submissions: entries.map((entry) => ({
          id: entry.submissionId,
          challengeId: entry.challengeId,
          submittedAt: entry.submittedAt,
        })),
        scores: scores.map((score) => ({
          jurorId: score.jurorId,
          submissionId: score.submissionId,
          criterion: score.criterionKey,
          value: score.value,
        })),
      });
    }
    return new Board(data.key, data.version, roundIds, entries, engine, names, rubricOf, skipped);
  }

  /** A board for an event without rounds: nothing on it. */
  static empty(version: number): Board {
    return new Board(HEATS, version, [], [], null, new Map(), () => null, 0);
  }

  /**
   * Applies one committed score change. False when the board cannot follow it (a value the board
   * does not know how to place): the caller drops the board and it is built again from the database.
   */
  apply(change: Extract<JudgingChange, { kind: 'scores' }>): boolean {
    if (!this.roundIds.has(change.roundId)) return true;
    const entry = this.entries.get(change.submissionId);
    const values = Object.entries(change.values);
    if (values.length === 0) return true;
    if (!entry || !this.engine) return false;
    const rubric = this.rubricOf(entry.challengeId);
    try {
      for (const [criterion, value] of values) {
        if (!rubric?.has(criterion)) return false;
        if (value === null) this.engine.removeScore(change.jurorId, change.submissionId, criterion);
        else this.engine.setScore(change.jurorId, change.submissionId, criterion, value);
      }
      return true;
    } catch {
      return false;
    }
  }

  /** Ranked standings in board order: ranked first (best first), then the unranked ones. */
  standings(method: ScoreNormalization, challengeId: string | null = null): LeaderboardStandingDto[] {
    const ranked = this.engine
      ? this.engine.standings({ method, challengeId }).standings
      : rankStandings(
          [...this.entries.values()]
            .filter((entry) => challengeId === null || entry.challengeId === challengeId)
            .map((entry) => ({
              submissionId: entry.submissionId,
              challengeId: entry.challengeId,
              score: null,
              reviews: 0,
              incompleteReviews: 0,
              submittedAt: entry.submittedAt,
            })),
        );
    return ranked.map((standing) => {
      const entry = this.entries.get(standing.submissionId)!;
      return {
        rank: standing.rank,
        submissionId: standing.submissionId,
        title: entry.title,
        teamName: entry.teamName,
        challengeId: standing.challengeId,
        score: standing.score,
        reviews: standing.reviews,
        incompleteReviews: standing.incompleteReviews,
      };
    });
  }

  /** Whether anybody has scored anything on this board yet. */
  hasScores(): boolean {
    return !!this.engine && this.engine.standings().standings.some((s) => s.reviews + s.incompleteReviews > 0);
  }

  explain(submissionId: string, method: ScoreNormalization): Explanation | null {
    if (!this.engine || !this.entries.has(submissionId)) return null;
    return this.engine.explain(submissionId, { method });
  }

  /** Juror ids with a score on this board, sorted: numbering them gives stable anonymous labels. */
  jurorIds(): string[] {
    return this.engine?.jurorIds() ?? [];
  }

  criterionName(challengeId: string, key: string): string {
    return this.names.get(challengeId)?.get(key) ?? this.names.get('')?.get(key) ?? key;
  }
}

function toCriterion(criterion: CriterionEntity): Criterion {
  return {
    key: criterion.key,
    weight: Number(criterion.weight),
    scaleMin: criterion.scaleMin,
    scaleMax: criterion.scaleMax,
  };
}
