import type { ReviewSubmissionDto } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { EventEntity } from '../events/event.entity.js';
import type { CriterionEntity } from './criterion.entity.js';
import { JudgingError, roundLocked, roundNotFound } from './judging.errors.js';
import { type EntryRow, JudgingRepository, type PanelRow } from './judging.repository.js';
import type { RoundEntity } from './round.entity.js';
import { effectiveScope, type ScopeKey } from './rubric-scope.js';

/** The rubric a round uses: which one, and its criteria in order (empty while it has none). */
export interface RoundRubric {
  scope: ScopeKey | null;
  criteria: CriterionEntity[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What other features ask of judging: rounds, their entries, rubrics, panels, assignments and
 * conflicts. Always by event (or round) and id together, so ids of another event are not found.
 */
@Injectable()
export class JudgingService {
  constructor(
    private readonly judging: JudgingRepository,
    private readonly clock: Clock,
  ) {}

  /** The round with this id in this event; 404 otherwise (also for an id of another event). */
  async round(eventId: string, roundId: string, manager?: EntityManager): Promise<RoundEntity> {
    const round = UUID.test(roundId) ? await this.judging.findRound(eventId, roundId.toLowerCase(), manager) : null;
    if (!round) throw roundNotFound();
    return round;
  }

  rounds(eventId: string, manager?: EntityManager): Promise<RoundEntity[]> {
    return this.judging.listRounds(eventId, manager);
  }

  /** Entries of the rounds that are judged: their submissions are submitted. */
  entries(roundIds: readonly string[], manager?: EntityManager): Promise<EntryRow[]> {
    return this.judging.entries(roundIds, manager);
  }

  /** The entry of this submission in the round; 404 when it is not one (or no longer submitted). */
  async entry(round: RoundEntity, submissionId: string, manager?: EntityManager): Promise<EntryRow> {
    const entry = (await this.judging.entries([round.id], manager)).find((row) => row.submissionId === submissionId);
    if (!entry) throw new JudgingError('ENTRY_NOT_FOUND', 'This submission is not judged in this round.');
    return entry;
  }

  /** The rubric each round uses, from one read of the event's criteria. */
  async rubrics(
    eventId: string,
    rounds: readonly RoundEntity[],
    manager?: EntityManager,
  ): Promise<Map<string, RoundRubric>> {
    const criteria = await this.judging.criteria(eventId, undefined, manager);
    return rubricsFrom(criteria, rounds);
  }

  /** Criteria of the event in the given rubrics (all rubrics when `scopes` is left out). */
  criteria(eventId: string, scopes?: readonly ScopeKey[]): Promise<CriterionEntity[]> {
    return this.judging.criteria(eventId, scopes);
  }

  async rubricOf(round: RoundEntity, manager?: EntityManager): Promise<RoundRubric> {
    return (await this.rubrics(round.eventId, [round], manager)).get(round.id)!;
  }

  /** What a juror sees of a submission they score or compare; null when the event has no such submission. */
  async submissionForJuror(eventId: string, submissionId: string): Promise<ReviewSubmissionDto | null> {
    const found = await this.judging.submissionForReview(eventId, submissionId);
    if (!found) return null;
    const { submission, teamName, challengeTitle } = found;
    return {
      id: submission.id,
      title: submission.title,
      summary: submission.summary,
      description: submission.description,
      teamName,
      challenge: { id: submission.challengeId, title: challengeTitle },
      repositoryUrl: submission.repositoryUrl,
      demoUrl: submission.demoUrl,
      videoUrl: submission.videoUrl,
      images: submission.images,
    };
  }

  panel(roundId: string): Promise<PanelRow[]> {
    return this.judging.panels([roundId]);
  }

  isOnPanel(roundId: string, userId: string, manager?: EntityManager): Promise<boolean> {
    return this.judging.isOnPanel(roundId, userId, manager);
  }

  isAssigned(roundId: string, jurorId: string, submissionId: string, manager?: EntityManager): Promise<boolean> {
    return this.judging.isAssigned(roundId, jurorId, submissionId, manager);
  }

  hasConflict(jurorId: string, submissionId: string, manager?: EntityManager): Promise<boolean> {
    return this.judging.hasConflict(jurorId, submissionId, manager);
  }

  /** The submissions this juror declared a conflict of interest with, in this event. */
  conflictedSubmissionIds(eventId: string, jurorId: string, manager?: EntityManager): Promise<string[]> {
    return this.judging.conflictedSubmissionIds(eventId, jurorId, manager);
  }

  /** Publication is permanent: what was judged, and how, stays as it was published. */
  assertNotPublished(event: EventEntity): void {
    if (event.resultsPublishedAt && event.resultsPublishedAt.getTime() <= this.clock.now().getTime()) {
      throw new JudgingError('RESULTS_PUBLISHED', 'The results are published: judging stays as it was published.');
    }
  }

  /** Refuses any change to a locked round. */
  assertUnlocked(round: RoundEntity): void {
    if (round.lockedAt) throw roundLocked();
  }

  /** Holds the event row until the caller's transaction ends: judging changes of one event take turns. */
  lockEvent(manager: EntityManager, eventId: string): Promise<void> {
    return this.judging.lockEvent(manager, eventId);
  }

  /** Raises the event's leaderboard version in the caller's transaction; see JudgingRepository. */
  bumpLeaderboardVersion(manager: EntityManager, eventId: string): Promise<number> {
    return this.judging.bumpLeaderboardVersion(manager, eventId);
  }

  leaderboardVersion(eventId: string, manager?: EntityManager): Promise<number> {
    return this.judging.leaderboardVersion(eventId, manager);
  }
}

export function rubricsFrom(
  criteria: readonly CriterionEntity[],
  rounds: readonly RoundEntity[],
): Map<string, RoundRubric> {
  const byScope = new Map<ScopeKey, CriterionEntity[]>();
  for (const criterion of criteria) {
    const list = byScope.get(criterion.scope) ?? [];
    list.push(criterion);
    byScope.set(criterion.scope, list);
  }
  const filled = new Set(byScope.keys());
  return new Map(
    rounds.map((round) => {
      const scope = effectiveScope(round, filled);
      return [round.id, { scope, criteria: scope ? byScope.get(scope)! : [] }];
    }),
  );
}
