import type {
  AssignmentDto,
  AutoAssignInput,
  AutoAssignResultDto,
  CreateAssignmentInput,
  JuryWorkDto,
  ReviewStatus,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventAccess } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { phaseOf } from '../events/event-phase.js';
import { planAssignments } from './assignment-plan.js';
import { toConflictDto, toCriterionDto } from './judging.dto.js';
import { JudgingChanges } from './judging-changes.js';
import { JudgingError } from './judging.errors.js';
import { type AssignmentRow, JudgingRepository } from './judging.repository.js';
import { JudgingService } from './judging.service.js';
import type { RoundEntity } from './round.entity.js';

const byTitle = new Intl.Collator('sv', { sensitivity: 'base' });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who reviews what in a round. A juror is assigned only to entries of a round whose panel they are
 * on, never to a submission they declared a conflict with. Automatic assignment tops every entry up
 * to K reviews with the loads as even as the conflicts allow (see assignment-plan.ts).
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly judging: JudgingRepository,
    private readonly rounds: JudgingService,
    private readonly changes: JudgingChanges,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(access: EventAccess, roundId: string): Promise<AssignmentDto[]> {
    const round = await this.rounds.round(access.event.id, roundId);
    return this.toDtos(round, await this.judging.assignments({ roundIds: [round.id] }));
  }

  async create(
    access: EventAccess,
    user: AuthUser,
    roundId: string,
    input: CreateAssignmentInput,
  ): Promise<AssignmentDto> {
    this.rounds.assertNotPublished(access.event);
    const eventId = access.event.id;
    const jurorId = input.jurorId.toLowerCase();
    const submissionId = input.submissionId.toLowerCase();
    const round = await this.dataSource.transaction(async (manager) => {
      await this.judging.lockEvent(manager, eventId);
      const round = await this.rounds.round(eventId, roundId, manager);
      this.rounds.assertUnlocked(round);
      await this.rounds.entry(round, submissionId, manager);
      if (!(await this.judging.isOnPanel(round.id, jurorId, manager))) {
        throw new JudgingError('NOT_ON_PANEL', 'Put the juror on this round’s panel first.', {
          jurorId: 'is not on this round’s panel',
        });
      }
      if (await this.judging.hasConflict(jurorId, submissionId, manager)) {
        throw new JudgingError(
          'CONFLICT_OF_INTEREST',
          'The juror declared a conflict of interest with this submission.',
          {
            jurorId: 'has a conflict of interest with this submission',
          },
        );
      }
      if (await this.judging.isAssigned(round.id, jurorId, submissionId, manager)) {
        throw new JudgingError('ALREADY_ASSIGNED', 'The juror is already assigned to this submission in this round.');
      }
      await this.judging.insertAssignments(manager, round.id, [{ jurorId, submissionId }], this.clock.now());
      await this.record(manager, user, 'assignment.created', round, { jurorId, submissionId });
      return round;
    });
    const rows = await this.judging.assignments({ roundIds: [round.id], jurorId, submissionId });
    const [dto] = await this.toDtos(round, rows);
    return dto!;
  }

  /** Removes an assignment; the juror's scores and comment for it go too (a review needs an assignment). */
  async remove(access: EventAccess, user: AuthUser, roundId: string, assignmentId: string): Promise<void> {
    this.rounds.assertNotPublished(access.event);
    const eventId = access.event.id;
    const version = await this.dataSource.transaction(async (manager) => {
      await this.judging.lockEvent(manager, eventId);
      const round = await this.rounds.round(eventId, roundId, manager);
      const assignment = UUID.test(assignmentId)
        ? await this.judging.findAssignment(round.id, assignmentId.toLowerCase(), manager)
        : null;
      if (!assignment) throw new JudgingError('ASSIGNMENT_NOT_FOUND', 'This round has no such assignment.');
      this.rounds.assertUnlocked(round);
      await this.judging.deleteAssignment(manager, assignment.id);
      const deletedScores = await this.judging.deleteScores(manager, {
        roundId: round.id,
        jurorId: assignment.jurorId,
        submissionId: assignment.submissionId,
      });
      await this.record(manager, user, 'assignment.deleted', round, {
        jurorId: assignment.jurorId,
        submissionId: assignment.submissionId,
        deletedScores,
      });
      return deletedScores > 0 ? this.judging.bumpLeaderboardVersion(manager, eventId) : null;
    });
    if (version !== null) this.changes.publish({ kind: 'rebuild', eventId, version });
  }

  /**
   * Plans (and unless `dryRun`, saves) assignments so every entry reaches K reviews. The plan is
   * made and saved with the event held, so it cannot race a conflict being declared.
   */
  async auto(
    access: EventAccess,
    user: AuthUser,
    roundId: string,
    input: AutoAssignInput,
  ): Promise<AutoAssignResultDto> {
    this.rounds.assertNotPublished(access.event);
    const eventId = access.event.id;
    const work = async (manager: EntityManager) => {
      await this.judging.lockEvent(manager, eventId);
      const round = await this.rounds.round(eventId, roundId, manager);
      if (!input.dryRun) this.rounds.assertUnlocked(round);
      const k = input.reviewsPerSubmission ?? round.reviewsPerSubmission;
      // One after the other: a transaction's connection runs one query at a time.
      const entries = await this.judging.entries([round.id], manager);
      const panel = await this.judging.panels([round.id], manager);
      const existing = await this.judging.assignments({ roundIds: [round.id] }, manager);
      const conflicts = await this.judging.conflictPairs(eventId, manager);
      const entryIds = new Set(entries.map((entry) => entry.submissionId));
      const plan = planAssignments({
        jurorIds: panel.map((member) => member.userId).sort(),
        submissionIds: entries.map((entry) => entry.submissionId),
        existing: existing.filter((row) => entryIds.has(row.submissionId)),
        conflicts: conflicts.filter((pair) => entryIds.has(pair.submissionId)),
        reviewsPerSubmission: k,
      });
      if (!input.dryRun) {
        await this.judging.insertAssignments(manager, round.id, plan.added, this.clock.now());
        if (k !== round.reviewsPerSubmission)
          await this.judging.updateRound(manager, round.id, { reviewsPerSubmission: k });
        await this.record(manager, user, 'assignment.auto', round, {
          reviewsPerSubmission: k,
          added: plan.added.length,
          shortfalls: plan.shortfalls.length,
        });
      }
      const titles = new Map(entries.map((entry) => [entry.submissionId, entry.title]));
      return {
        roundId: round.id,
        reviewsPerSubmission: k,
        dryRun: input.dryRun,
        added: plan.added.map((pair) => ({ jurorId: pair.jurorId, submissionId: pair.submissionId })),
        shortfalls: plan.shortfalls.map((short) => ({ ...short, title: titles.get(short.submissionId) ?? '' })),
        loads: panel.map((member) => ({
          jurorId: member.userId,
          displayName: member.displayName,
          assignments: plan.loads.get(member.userId) ?? 0,
        })),
      } satisfies AutoAssignResultDto;
    };
    return this.dataSource.transaction(work);
  }

  /** A juror's rounds (those they sit on or are assigned in), their assignments with progress, and conflicts. */
  async mine(access: EventAccess, user: AuthUser): Promise<JuryWorkDto> {
    const eventId = access.event.id;
    const rounds = await this.judging.listRounds(eventId);
    const roundIds = rounds.map((round) => round.id);
    const [panelRoundIds, assignments, counts, rubrics, conflicts] = await Promise.all([
      this.judging.panelRoundIdsOf(user.id, roundIds),
      this.judging.assignments({ roundIds, jurorId: user.id }),
      this.judging.scoreCounts(roundIds, { jurorId: user.id }),
      this.rounds.rubrics(eventId, rounds),
      this.judging.conflicts(eventId, { jurorId: user.id }),
    ]);
    const mine = rounds.filter(
      (round) => panelRoundIds.includes(round.id) || assignments.some((row) => row.roundId === round.id),
    );
    const scored = new Map(counts.map((row) => [`${row.roundId}:${row.submissionId}`, row.count]));
    return {
      judgingOpen: phaseOf(access.event, this.clock.now()) === 'judging',
      rounds: mine.map((round) => {
        const criteria = rubrics.get(round.id)!.criteria;
        const list = assignments
          .filter((row) => row.roundId === round.id)
          .sort((a, b) => byTitle.compare(a.title, b.title) || (a.submissionId < b.submissionId ? -1 : 1))
          .map((row) => {
            const done = scored.get(`${round.id}:${row.submissionId}`) ?? 0;
            return {
              assignmentId: row.id,
              submissionId: row.submissionId,
              title: row.title,
              teamName: row.teamName,
              challengeId: row.challengeId,
              status: statusOf(done, criteria.length),
              scored: done,
              criteria: criteria.length,
            };
          });
        return {
          id: round.id,
          name: round.name,
          kind: round.kind,
          challengeId: round.challengeId,
          lockedAt: round.lockedAt?.toISOString() ?? null,
          criteria: criteria.map(toCriterionDto),
          assignments: list,
          progress: { complete: list.filter((item) => item.status === 'complete').length, total: list.length },
        };
      }),
      conflicts: conflicts.map(toConflictDto),
    };
  }

  private async toDtos(round: RoundEntity, rows: AssignmentRow[]): Promise<AssignmentDto[]> {
    const [counts, rubric] = await Promise.all([this.judging.scoreCounts([round.id]), this.rounds.rubricOf(round)]);
    const scored = new Map(counts.map((row) => [`${row.jurorId}:${row.submissionId}`, row.count]));
    return rows.map((row) => ({
      id: row.id,
      roundId: row.roundId,
      jurorId: row.jurorId,
      jurorName: row.jurorName,
      submissionId: row.submissionId,
      title: row.title,
      status: statusOf(scored.get(`${row.jurorId}:${row.submissionId}`) ?? 0, rubric.criteria.length),
      createdAt: row.createdAt.toISOString(),
    }));
  }

  private record(
    manager: EntityManager,
    user: AuthUser,
    action: string,
    round: RoundEntity,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, {
      eventId: round.eventId,
      actorId: user.id,
      action,
      targetType: 'round',
      targetId: round.id,
      details,
    });
  }
}

export function statusOf(scored: number, criteria: number): ReviewStatus {
  if (scored === 0) return 'not-started';
  return criteria > 0 && scored >= criteria ? 'complete' : 'incomplete';
}
