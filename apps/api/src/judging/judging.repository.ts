import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager, In } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity.js';
import { EventEntity } from '../events/event.entity.js';
import { ReviewCommentEntity } from '../reviews/review-comment.entity.js';
import { ScoreEntity } from '../reviews/score.entity.js';
import { SubmissionEntity } from '../submissions/submission.entity.js';
import { TeamEntity } from '../teams/team.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { AssignmentEntity } from './assignment.entity.js';
import { ConflictEntity } from './conflict.entity.js';
import { CriterionEntity } from './criterion.entity.js';
import { PanelMemberEntity } from './panel-member.entity.js';
import { RoundEntryEntity } from './round-entry.entity.js';
import { RoundEntity } from './round.entity.js';

/** A round's entry with what boards and lists show of its submission. */
export interface EntryRow {
  roundId: string;
  submissionId: string;
  title: string;
  teamId: string;
  teamName: string;
  challengeId: string;
  submittedAt: Date | null;
}

export interface UnplacedRow {
  submissionId: string;
  title: string;
  teamName: string;
  challengeId: string;
  challengeTitle: string;
}

export interface PanelRow {
  roundId: string;
  userId: string;
  displayName: string;
}

export interface AssignmentRow {
  id: string;
  roundId: string;
  jurorId: string;
  jurorName: string;
  submissionId: string;
  title: string;
  teamName: string;
  challengeId: string;
  createdAt: Date;
}

export interface ConflictRow {
  id: string;
  jurorId: string;
  jurorName: string;
  submissionId: string;
  submissionTitle: string;
  reason: string;
  createdAt: Date;
}

/** Which of a round's scores to delete. */
export interface ScoreFilter {
  roundId: string;
  jurorId?: string;
  submissionId?: string;
  /** Keep only values of these criteria (an empty list deletes every value). */
  keepKeys?: readonly string[];
  /** Delete the values of these criteria, whatever `keepKeys` says. */
  dropKeys?: readonly string[];
}

type Joined<T, K extends string, J> = T & Record<K, J>;

/**
 * The judging data: rounds, entries, panels, assignments, conflicts and criteria. Scores belong to
 * reviews, but a judging change decides whether they may stand (a conflict, an assignment removed,
 * a rubric re-scored), so the existence checks and deletions it needs are here as well.
 */
@Injectable()
export class JudgingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  // ---- The event row --------------------------------------------------------------------------

  /** Holds the event row until the transaction ends, so judging changes of one event take turns. */
  async lockEvent(manager: EntityManager, eventId: string): Promise<void> {
    const query = manager.createQueryBuilder(EventEntity, 'event').select('event.id').where({ id: eventId });
    // FOR NO KEY UPDATE: serializes the event's writers like FOR UPDATE, but not against the
    // KEY SHARE locks that inserting rows pointing at the event takes (an outbox mail, an audit
    // entry), so a transaction that wrote such a row first cannot deadlock with another waiting here.
    if (manager.connection.options.type === 'postgres') query.setLock('for_no_key_update');
    await query.getOne();
  }

  /**
   * Raises the event's leaderboard version and returns the new one. The UPDATE also holds the row
   * until commit, so versions follow commit order. Written by hand so that `updated_at` (the event's
   * settings) does not move with every score.
   */
  async bumpLeaderboardVersion(manager: EntityManager, eventId: string): Promise<number> {
    const p = this.placeholder(manager);
    await manager.query(`UPDATE events SET leaderboard_version = leaderboard_version + 1 WHERE id = ${p(1)}`, [
      eventId,
    ]);
    const [row] = (await manager.query(`SELECT leaderboard_version AS version FROM events WHERE id = ${p(1)}`, [
      eventId,
    ])) as { version: number | string }[];
    return Number(row!.version);
  }

  async leaderboardVersion(eventId: string, manager = this.manager): Promise<number> {
    const row = await manager.findOne(EventEntity, {
      select: { id: true, leaderboardVersion: true },
      where: { id: eventId },
    });
    return row?.leaderboardVersion ?? 0;
  }

  findEvent(eventId: string, manager = this.manager): Promise<EventEntity | null> {
    return manager.findOne(EventEntity, { where: { id: eventId } });
  }

  // ---- Rounds ---------------------------------------------------------------------------------

  findRound(eventId: string, roundId: string, manager = this.manager): Promise<RoundEntity | null> {
    return manager.findOne(RoundEntity, { where: { eventId, id: roundId } });
  }

  listRounds(eventId: string, manager = this.manager): Promise<RoundEntity[]> {
    return manager.find(RoundEntity, { where: { eventId }, order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  async nextRoundPosition(manager: EntityManager, eventId: string): Promise<number> {
    const rounds = await this.listRounds(eventId, manager);
    return rounds.reduce((max, round) => Math.max(max, round.position + 1), 0);
  }

  insertRound(manager: EntityManager, round: Partial<RoundEntity>): Promise<RoundEntity> {
    return manager.save(RoundEntity, manager.create(RoundEntity, round));
  }

  async updateRound(manager: EntityManager, id: string, changes: Partial<RoundEntity>): Promise<RoundEntity> {
    await manager.update(RoundEntity, { id }, changes);
    return manager.findOneOrFail(RoundEntity, { where: { id } });
  }

  async deleteRound(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(ScoreEntity, { roundId: id });
    await manager.delete(ReviewCommentEntity, { roundId: id });
    await manager.delete(RoundEntity, { id });
  }

  /** The event's challenges, by title: what heats are made for. */
  challenges(eventId: string, manager = this.manager): Promise<ChallengeEntity[]> {
    return manager.find(ChallengeEntity, { where: { eventId }, order: { title: 'ASC', id: 'ASC' } });
  }

  // ---- Entries --------------------------------------------------------------------------------

  /**
   * Entries of the rounds whose submissions are still submitted (only those are judged), in the
   * order they entered. A submission taken back to a draft drops out of every board.
   */
  async entries(roundIds: readonly string[], manager = this.manager): Promise<EntryRow[]> {
    if (roundIds.length === 0) return [];
    const rows = (await manager
      .createQueryBuilder(RoundEntryEntity, 'entry')
      .innerJoinAndMapOne(
        'entry.submission',
        SubmissionEntity,
        'submission',
        "submission.id = entry.submission_id AND submission.status = 'submitted'",
      )
      .leftJoinAndMapOne('entry.team', TeamEntity, 'team', 'team.id = submission.team_id')
      .where({ roundId: In([...new Set(roundIds)]) })
      .orderBy('entry.created_at', 'ASC')
      .addOrderBy('entry.submission_id', 'ASC')
      .getMany()) as Joined<Joined<RoundEntryEntity, 'submission', SubmissionEntity>, 'team', TeamEntity | null>[];
    return rows.map((row) => ({
      roundId: row.roundId,
      submissionId: row.submissionId,
      title: row.submission.title,
      teamId: row.submission.teamId,
      teamName: row.team?.name ?? '',
      challengeId: row.submission.challengeId,
      submittedAt: row.submission.submittedAt,
    }));
  }

  async entryIds(manager: EntityManager, roundId: string): Promise<string[]> {
    const rows = await manager.find(RoundEntryEntity, { select: { submissionId: true }, where: { roundId } });
    return rows.map((row) => row.submissionId);
  }

  async addEntries(manager: EntityManager, roundId: string, submissionIds: readonly string[], at: Date): Promise<void> {
    if (submissionIds.length === 0) return;
    // One by one with increasing times: entries keep the order they were added in.
    let tick = at.getTime();
    for (const submissionId of submissionIds) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(RoundEntryEntity)
        .values({ roundId, submissionId, createdAt: new Date(tick++) })
        .orIgnore()
        .execute();
    }
  }

  /** Removes entries with their assignments in the round. */
  async removeEntries(manager: EntityManager, roundId: string, submissionIds: readonly string[]): Promise<void> {
    if (submissionIds.length === 0) return;
    await manager.delete(AssignmentEntity, { roundId, submissionId: In([...submissionIds]) });
    await manager.delete(RoundEntryEntity, { roundId, submissionId: In([...submissionIds]) });
  }

  async entryCounts(roundIds: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const row of await this.entries(roundIds)) counts.set(row.roundId, (counts.get(row.roundId) ?? 0) + 1);
    return counts;
  }

  // ---- Submissions ----------------------------------------------------------------------------

  submittedToChallenge(manager: EntityManager, eventId: string, challengeId: string): Promise<SubmissionEntity[]> {
    return manager.find(SubmissionEntity, {
      where: { eventId, challengeId, status: 'submitted' },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * The event's submitted submissions that are an entry of no round: nobody judges them, so the
   * organizer is told, and publishing asks for a confirmation. By title, then id.
   */
  async unplaced(eventId: string, manager = this.manager): Promise<UnplacedRow[]> {
    const rows = (await manager
      .createQueryBuilder(SubmissionEntity, 'submission')
      .leftJoinAndMapOne('submission.team', TeamEntity, 'team', 'team.id = submission.team_id')
      .leftJoinAndMapOne('submission.challenge', ChallengeEntity, 'challenge', 'challenge.id = submission.challenge_id')
      .where('submission.event_id = :eventId', { eventId })
      .andWhere("submission.status = 'submitted'")
      .andWhere(`NOT EXISTS (SELECT 1 FROM round_entries entry WHERE entry.submission_id = submission.id)`)
      .orderBy('submission.title', 'ASC')
      .addOrderBy('submission.id', 'ASC')
      .getMany()) as Joined<Joined<SubmissionEntity, 'team', TeamEntity | null>, 'challenge', ChallengeEntity | null>[];
    return rows.map((row) => ({
      submissionId: row.id,
      title: row.title,
      teamName: row.team?.name ?? '',
      challengeId: row.challengeId,
      challengeTitle: row.challenge?.title ?? '',
    }));
  }

  submissionsInEvent(eventId: string, ids: readonly string[], manager = this.manager): Promise<SubmissionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.find(SubmissionEntity, { where: { eventId, id: In([...new Set(ids)]) } });
  }

  async submissionForReview(
    eventId: string,
    submissionId: string,
  ): Promise<{ submission: SubmissionEntity; teamName: string; challengeTitle: string } | null> {
    const submission = await this.manager.findOne(SubmissionEntity, { where: { eventId, id: submissionId } });
    if (!submission) return null;
    const [team, challenge] = await Promise.all([
      this.manager.findOne(TeamEntity, { where: { id: submission.teamId } }),
      this.manager.findOne(ChallengeEntity, { where: { id: submission.challengeId } }),
    ]);
    return { submission, teamName: team?.name ?? '', challengeTitle: challenge?.title ?? '' };
  }

  // ---- Criteria -------------------------------------------------------------------------------

  criteria(eventId: string, scopes?: readonly string[], manager = this.manager): Promise<CriterionEntity[]> {
    if (scopes && scopes.length === 0) return Promise.resolve([]);
    return manager.find(CriterionEntity, {
      where: { eventId, ...(scopes ? { scope: In([...scopes]) } : {}) },
      order: { position: 'ASC', key: 'ASC' },
    });
  }

  findCriterion(eventId: string, id: string, manager = this.manager): Promise<CriterionEntity | null> {
    return manager.findOne(CriterionEntity, { where: { eventId, id } });
  }

  insertCriterion(manager: EntityManager, criterion: Partial<CriterionEntity>): Promise<CriterionEntity> {
    return manager.save(CriterionEntity, manager.create(CriterionEntity, criterion));
  }

  async updateCriterion(
    manager: EntityManager,
    id: string,
    changes: Partial<CriterionEntity>,
  ): Promise<CriterionEntity> {
    await manager.update(CriterionEntity, { id }, changes);
    return manager.findOneOrFail(CriterionEntity, { where: { id } });
  }

  async deleteCriterion(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(CriterionEntity, { id });
  }

  // ---- Panels ---------------------------------------------------------------------------------

  async panels(roundIds: readonly string[], manager = this.manager): Promise<PanelRow[]> {
    if (roundIds.length === 0) return [];
    const rows = (await manager
      .createQueryBuilder(PanelMemberEntity, 'member')
      .innerJoinAndMapOne('member.user', UserEntity, 'user', 'user.id = member.user_id')
      .where({ roundId: In([...new Set(roundIds)]) })
      .orderBy('user.display_name', 'ASC')
      .addOrderBy('member.user_id', 'ASC')
      .getMany()) as Joined<PanelMemberEntity, 'user', UserEntity>[];
    return rows.map((row) => ({ roundId: row.roundId, userId: row.userId, displayName: row.user.displayName }));
  }

  async panelRoundIdsOf(userId: string, roundIds: readonly string[]): Promise<string[]> {
    if (roundIds.length === 0) return [];
    const rows = await this.manager.find(PanelMemberEntity, { where: { userId, roundId: In([...roundIds]) } });
    return rows.map((row) => row.roundId);
  }

  isOnPanel(roundId: string, userId: string, manager = this.manager): Promise<boolean> {
    return manager.exists(PanelMemberEntity, { where: { roundId, userId } });
  }

  async addPanelMembers(manager: EntityManager, roundId: string, userIds: readonly string[]): Promise<void> {
    for (const userId of userIds) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(PanelMemberEntity)
        .values({ roundId, userId })
        .orIgnore()
        .execute();
    }
  }

  /** Takes jurors off a panel together with their assignments in the round. */
  async removePanelMembers(manager: EntityManager, roundId: string, userIds: readonly string[]): Promise<number> {
    if (userIds.length === 0) return 0;
    const removed = await manager.delete(AssignmentEntity, { roundId, jurorId: In([...userIds]) });
    await manager.delete(PanelMemberEntity, { roundId, userId: In([...userIds]) });
    return removed.affected ?? 0;
  }

  // ---- Assignments ----------------------------------------------------------------------------

  async assignments(
    filter: { roundIds?: readonly string[]; jurorId?: string; submissionId?: string },
    manager = this.manager,
  ): Promise<AssignmentRow[]> {
    if (filter.roundIds && filter.roundIds.length === 0) return [];
    const query = manager
      .createQueryBuilder(AssignmentEntity, 'assignment')
      .innerJoinAndMapOne('assignment.juror', UserEntity, 'juror', 'juror.id = assignment.juror_id')
      .innerJoinAndMapOne(
        'assignment.submission',
        SubmissionEntity,
        'submission',
        'submission.id = assignment.submission_id',
      )
      .leftJoinAndMapOne('assignment.team', TeamEntity, 'team', 'team.id = submission.team_id')
      .where('1 = 1');
    if (filter.roundIds)
      query.andWhere('assignment.round_id IN (:...roundIds)', { roundIds: [...new Set(filter.roundIds)] });
    if (filter.jurorId) query.andWhere('assignment.juror_id = :jurorId', { jurorId: filter.jurorId });
    if (filter.submissionId)
      query.andWhere('assignment.submission_id = :submissionId', { submissionId: filter.submissionId });
    const rows = (await query
      .orderBy('assignment.created_at', 'ASC')
      .addOrderBy('assignment.id', 'ASC')
      .getMany()) as Joined<
      Joined<Joined<AssignmentEntity, 'juror', UserEntity>, 'submission', SubmissionEntity>,
      'team',
      TeamEntity | null
    >[];
    return rows.map((row) => ({
      id: row.id,
      roundId: row.roundId,
      jurorId: row.jurorId,
      jurorName: row.juror.displayName,
      submissionId: row.submissionId,
      title: row.submission.title,
      teamName: row.team?.name ?? '',
      challengeId: row.submission.challengeId,
      createdAt: row.createdAt,
    }));
  }

  findAssignment(roundId: string, id: string, manager = this.manager): Promise<AssignmentEntity | null> {
    return manager.findOne(AssignmentEntity, { where: { roundId, id } });
  }

  isAssigned(roundId: string, jurorId: string, submissionId: string, manager = this.manager): Promise<boolean> {
    return manager.exists(AssignmentEntity, { where: { roundId, jurorId, submissionId } });
  }

  async insertAssignments(
    manager: EntityManager,
    roundId: string,
    pairs: readonly { jurorId: string; submissionId: string }[],
    at: Date,
  ): Promise<void> {
    let tick = at.getTime();
    for (const pair of pairs) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(AssignmentEntity)
        .values({ roundId, ...pair, createdAt: new Date(tick++) })
        .orIgnore()
        .execute();
    }
  }

  async deleteAssignment(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(AssignmentEntity, { id });
  }

  /** A juror's assignments to a submission in every round of the event; returns the rounds they were in. */
  async deleteAssignmentsOfPair(
    manager: EntityManager,
    roundIds: readonly string[],
    jurorId: string,
    submissionId: string,
  ): Promise<string[]> {
    if (roundIds.length === 0) return [];
    const rows = await manager.find(AssignmentEntity, { where: { roundId: In([...roundIds]), jurorId, submissionId } });
    if (rows.length > 0) await manager.delete(AssignmentEntity, { id: In(rows.map((row) => row.id)) });
    return rows.map((row) => row.roundId);
  }

  // ---- Conflicts ------------------------------------------------------------------------------

  async conflicts(eventId: string, filter: { jurorId?: string } = {}, manager = this.manager): Promise<ConflictRow[]> {
    const query = manager
      .createQueryBuilder(ConflictEntity, 'conflict')
      .innerJoinAndMapOne('conflict.juror', UserEntity, 'juror', 'juror.id = conflict.juror_id')
      .innerJoinAndMapOne(
        'conflict.submission',
        SubmissionEntity,
        'submission',
        'submission.id = conflict.submission_id',
      )
      .where('conflict.event_id = :eventId', { eventId });
    if (filter.jurorId) query.andWhere('conflict.juror_id = :jurorId', { jurorId: filter.jurorId });
    const rows = (await query
      .orderBy('conflict.created_at', 'ASC')
      .addOrderBy('conflict.id', 'ASC')
      .getMany()) as Joined<Joined<ConflictEntity, 'juror', UserEntity>, 'submission', SubmissionEntity>[];
    return rows.map((row) => ({
      id: row.id,
      jurorId: row.jurorId,
      jurorName: row.juror.displayName,
      submissionId: row.submissionId,
      submissionTitle: row.submission.title,
      reason: row.reason,
      createdAt: row.createdAt,
    }));
  }

  findConflict(eventId: string, id: string, manager = this.manager): Promise<ConflictEntity | null> {
    return manager.findOne(ConflictEntity, { where: { eventId, id } });
  }

  hasConflict(jurorId: string, submissionId: string, manager = this.manager): Promise<boolean> {
    return manager.exists(ConflictEntity, { where: { jurorId, submissionId } });
  }

  async conflictedSubmissionIds(eventId: string, jurorId: string, manager = this.manager): Promise<string[]> {
    const rows = await manager.find(ConflictEntity, { select: { submissionId: true }, where: { eventId, jurorId } });
    return rows.map((row) => row.submissionId);
  }

  async conflictPairs(eventId: string, manager = this.manager): Promise<{ jurorId: string; submissionId: string }[]> {
    const rows = await manager.find(ConflictEntity, {
      select: { jurorId: true, submissionId: true },
      where: { eventId },
    });
    return rows.map((row) => ({ jurorId: row.jurorId, submissionId: row.submissionId }));
  }

  insertConflict(manager: EntityManager, conflict: Partial<ConflictEntity>): Promise<ConflictEntity> {
    return manager.save(ConflictEntity, manager.create(ConflictEntity, conflict));
  }

  async deleteConflict(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(ConflictEntity, { id });
  }

  // ---- Scores, as judging changes see them ----------------------------------------------------

  /** The rounds among `roundIds` that have at least one score. */
  async roundsWithScores(roundIds: readonly string[], manager = this.manager): Promise<Set<string>> {
    const scored = new Set<string>();
    for (const roundId of new Set(roundIds)) {
      if (await manager.exists(ScoreEntity, { where: { roundId } })) scored.add(roundId);
    }
    return scored;
  }

  /** Values given per juror and submission in the rounds: what progress is measured by. */
  async scoreCounts(
    roundIds: readonly string[],
    filter: { jurorId?: string } = {},
  ): Promise<{ roundId: string; jurorId: string; submissionId: string; count: number }[]> {
    if (roundIds.length === 0) return [];
    const query = this.manager
      .createQueryBuilder(ScoreEntity, 'score')
      .select('score.round_id', 'roundId')
      .addSelect('score.juror_id', 'jurorId')
      .addSelect('score.submission_id', 'submissionId')
      .addSelect('COUNT(*)', 'count')
      .where('score.round_id IN (:...roundIds)', { roundIds: [...new Set(roundIds)] })
      .groupBy('score.round_id')
      .addGroupBy('score.juror_id')
      .addGroupBy('score.submission_id');
    if (filter.jurorId) query.andWhere('score.juror_id = :jurorId', { jurorId: filter.jurorId });
    const rows = await query.getRawMany<{
      roundId: string;
      jurorId: string;
      submissionId: string;
      count: string | number;
    }>();
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }

  /** Deletes the scores the filter names (and the review comments of whole reviews); returns how many. */
  async deleteScores(manager: EntityManager, filter: ScoreFilter): Promise<number> {
    const query = manager
      .createQueryBuilder()
      .delete()
      .from(ScoreEntity)
      .where('round_id = :roundId', { roundId: filter.roundId });
    if (filter.jurorId) query.andWhere('juror_id = :jurorId', { jurorId: filter.jurorId });
    if (filter.submissionId) query.andWhere('submission_id = :submissionId', { submissionId: filter.submissionId });
    const { keepKeys, dropKeys } = filter;
    if (keepKeys || dropKeys) {
      query.andWhere(
        new Brackets((keys) => {
          if (keepKeys && keepKeys.length === 0) keys.where('1 = 1');
          else if (keepKeys) keys.where('criterion_key NOT IN (:...keepKeys)', { keepKeys: [...keepKeys] });
          else keys.where('1 = 0');
          if (dropKeys && dropKeys.length > 0)
            keys.orWhere('criterion_key IN (:...dropKeys)', { dropKeys: [...dropKeys] });
        }),
      );
    }
    const result = await query.execute();
    if (!keepKeys && !dropKeys) {
      await manager.delete(ReviewCommentEntity, {
        roundId: filter.roundId,
        ...(filter.jurorId ? { jurorId: filter.jurorId } : {}),
        ...(filter.submissionId ? { submissionId: filter.submissionId } : {}),
      });
    }
    return result.affected ?? 0;
  }

  private placeholder(manager: EntityManager): (index: number) => string {
    return manager.connection.options.type === 'postgres' ? (index) => `$${index}` : () => '?';
  }
}
