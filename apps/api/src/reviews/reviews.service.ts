import type { ReviewDto, SaveReviewInput } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventAccess } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { ValidationError } from '../common/domain-error.js';
import { phaseOf } from '../events/event-phase.js';
import type { CriterionEntity } from '../judging/criterion.entity.js';
import { toCriterionDto } from '../judging/judging.dto.js';
import { JudgingChanges } from '../judging/judging-changes.js';
import { JudgingService } from '../judging/judging.service.js';
import type { RoundEntity } from '../judging/round.entity.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { ReviewError } from './reviews.errors.js';
import {
  type CommentExportRow,
  type ReviewKey,
  ReviewsRepository,
  type ScoreExportRow,
  type ScoreRow,
  type StoredReview,
} from './reviews.repository.js';

/** Thrown inside the transaction when a save would change nothing: it rolls back the version bump. */
class NothingChanged extends Error {}

/**
 * A juror's rubric review of one submission in one round: a value per criterion and a comment.
 * Only the assigned juror, only during judging, never with a conflict of interest, never in a
 * locked round, values on the criterion's scale. Saves are idempotent upserts; each one that changes
 * something raises the event's leaderboard version in the same transaction, and once committed is
 * told to the leaderboards (JudgingChanges), which apply it to their boards and push the update.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly judging: JudgingService,
    private readonly changes: JudgingChanges,
    private readonly metrics: MetricsService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Every score of the rounds: what leaderboards are built from. */
  scores(roundIds: readonly string[]): Promise<ScoreRow[]> {
    return this.reviews.scores(roundIds);
  }

  scoresForExport(roundIds: readonly string[]): Promise<ScoreExportRow[]> {
    return this.reviews.scoresForExport(roundIds);
  }

  commentsForExport(roundIds: readonly string[]): Promise<CommentExportRow[]> {
    return this.reviews.commentsForExport(roundIds);
  }

  async get(access: EventAccess, user: AuthUser, roundId: string, submissionId: string): Promise<ReviewDto> {
    const { round, key, criteria } = await this.reviewable(access, user, roundId, submissionId);
    return this.toDto(access, round, key, criteria, await this.reviews.review(key));
  }

  async save(
    access: EventAccess,
    user: AuthUser,
    roundId: string,
    submissionId: string,
    input: SaveReviewInput,
  ): Promise<ReviewDto> {
    const event = access.event;
    const { round, key, criteria } = await this.reviewable(access, user, roundId, submissionId);
    if (event.judgingMode !== 'rubric') {
      throw new ReviewError('NOT_RUBRIC_MODE', 'This event is judged by pairwise comparison, not with a rubric.');
    }
    if (phaseOf(event, this.clock.now()) !== 'judging') {
      throw new ReviewError('NOT_JUDGING', 'Scores can be saved only while the event is in its judging phase.');
    }
    this.judging.assertUnlocked(round);
    checkValues(input.scores, criteria);

    const comment = input.comment === undefined ? undefined : input.comment?.trim() || null;
    let committed: { version: number; values: Record<string, number | null> } | null = null;
    try {
      committed = await this.dataSource.transaction(async (manager) => {
        // First, so that saves to one event take turns and versions follow commit order.
        const version = await this.judging.bumpLeaderboardVersion(manager, event.id);
        await this.recheck(manager, access, round, key);
        checkValues(input.scores, (await this.judging.rubricOf(round, manager)).criteria);
        const current = await this.reviews.review(key, manager);
        const set = new Map<string, number>();
        const removed: string[] = [];
        for (const [criterion, value] of Object.entries(input.scores)) {
          if (value === null) {
            if (current.values.has(criterion)) removed.push(criterion);
          } else if (current.values.get(criterion) !== value) {
            set.set(criterion, value);
          }
        }
        const commentChanged = comment !== undefined && comment !== current.comment;
        if (set.size === 0 && removed.length === 0 && !commentChanged) throw new NothingChanged();

        const now = this.clock.now();
        await this.reviews.upsertScores(manager, key, set, now);
        await this.reviews.deleteScores(manager, key, removed);
        if (commentChanged) await this.reviews.saveComment(manager, key, comment ?? null, now);
        const values: Record<string, number | null> = Object.fromEntries(set);
        for (const criterion of removed) values[criterion] = null;
        await this.audit.record(manager, {
          eventId: event.id,
          actorId: user.id,
          action: 'review.saved',
          targetType: 'submission',
          targetId: key.submissionId,
          details: {
            roundId: round.id,
            values,
            ...(commentChanged ? { comment: comment === null ? 'removed' : 'set' } : {}),
          },
        });
        return { version, values };
      });
    } catch (error) {
      if (!(error instanceof NothingChanged)) throw error;
    }
    try {
      return await this.toDto(access, round, key, criteria, await this.reviews.review(key));
    } finally {
      // Once the answer is ready, so the juror does not wait for the live push this starts.
      if (committed) {
        this.changes.publish({
          kind: 'scores',
          eventId: event.id,
          version: committed.version,
          ...key,
          values: committed.values,
        });
        if (Object.keys(committed.values).length > 0) this.metrics.scoreSaved();
      }
    }
  }

  /** The round, the entry and the caller's standing: assigned, and free of a conflict of interest. */
  private async reviewable(access: EventAccess, user: AuthUser, roundId: string, submissionId: string) {
    const round = await this.judging.round(access.event.id, roundId);
    const entry = await this.judging.entry(round, submissionId.toLowerCase());
    const key: ReviewKey = { roundId: round.id, jurorId: user.id, submissionId: entry.submissionId };
    await this.assertMayReview(key);
    const { criteria } = await this.judging.rubricOf(round);
    return { round, key, criteria };
  }

  private async assertMayReview(key: ReviewKey, manager?: EntityManager): Promise<void> {
    if (await this.judging.hasConflict(key.jurorId, key.submissionId, manager)) {
      throw new ReviewError('CONFLICT_OF_INTEREST', 'You declared a conflict of interest with this submission.');
    }
    if (!(await this.judging.isAssigned(key.roundId, key.jurorId, key.submissionId, manager))) {
      throw new ReviewError('NOT_ASSIGNED', 'You are not assigned to review this submission in this round.');
    }
  }

  /**
   * Inside the transaction (the event held): a lock, a conflict, an unassignment or a re-scored
   * rubric that committed first wins.
   */
  private async recheck(
    manager: EntityManager,
    access: EventAccess,
    round: RoundEntity,
    key: ReviewKey,
  ): Promise<void> {
    this.judging.assertUnlocked(await this.judging.round(access.event.id, round.id, manager));
    await this.assertMayReview(key, manager);
  }

  private async toDto(
    access: EventAccess,
    round: RoundEntity,
    key: ReviewKey,
    criteria: CriterionEntity[],
    stored: StoredReview,
  ): Promise<ReviewDto> {
    const submission = (await this.judging.submissionForJuror(access.event.id, key.submissionId))!;
    const scores = Object.fromEntries(
      criteria.map((criterion) => [criterion.key, stored.values.get(criterion.key) ?? null]),
    );
    const filled = criteria.filter((criterion) => stored.values.has(criterion.key)).length;
    return {
      roundId: round.id,
      submissionId: key.submissionId,
      jurorId: key.jurorId,
      scores,
      comment: stored.comment,
      status: filled === 0 ? 'not-started' : filled === criteria.length ? 'complete' : 'incomplete',
      updatedAt: stored.updatedAt?.toISOString() ?? null,
      criteria: criteria.map(toCriterionDto),
      submission,
    };
  }
}

/** Every key must be a criterion of the round's rubric, every number on its criterion's scale. */
function checkValues(scores: Readonly<Record<string, number | null>>, criteria: readonly CriterionEntity[]): void {
  const byKey = new Map(criteria.map((criterion) => [criterion.key, criterion]));
  const problems: Record<string, string> = {};
  for (const [key, value] of Object.entries(scores)) {
    const criterion = byKey.get(key);
    if (!criterion) problems[`scores.${key}`] = 'is not a criterion of this round’s rubric';
    else if (value !== null && (value < criterion.scaleMin || value > criterion.scaleMax)) {
      problems[`scores.${key}`] = `must be between ${criterion.scaleMin} and ${criterion.scaleMax}`;
    }
  }
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
}
