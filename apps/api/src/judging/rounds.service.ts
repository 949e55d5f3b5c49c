import type {
  CreateRoundInput,
  PanelDto,
  RoundDetailDto,
  RoundDto,
  UnplacedSubmissionDto,
  UpdateRoundInput,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type EventAccess, isOrganizer } from '../access/access.rules.js';
import { AccessService } from '../access/access.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import { Clock } from '../common/clock.js';
import type { EventEntity } from '../events/event.entity.js';
import { ValidationError } from '../common/domain-error.js';
import { toCriterionDto, toEntryDto, toRoundDto } from './judging.dto.js';
import { JudgingChanges } from './judging-changes.js';
import { JudgingError, roundLocked } from './judging.errors.js';
import { JudgingRepository, type UnplacedRow } from './judging.repository.js';
import { JudgingService } from './judging.service.js';
import type { RoundEntity } from './round.entity.js';

/**
 * Rounds with their entries and panels. A heat judges one challenge's submitted submissions; the
 * final judges the finalists promoted into it. Entries change only until the round's first score,
 * and nothing in a locked round changes at all.
 */
@Injectable()
export class RoundsService {
  constructor(
    private readonly judging: JudgingRepository,
    private readonly rounds: JudgingService,
    private readonly challenges: ChallengesService,
    private readonly access: AccessService,
    private readonly changes: JudgingChanges,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  // ---- Reading ------------------------------------------------------------------------------

  /** Organizers see every round; an agency the heats of its organization's challenges. */
  async list(access: EventAccess): Promise<RoundDto[]> {
    const rounds = await this.judging.listRounds(access.event.id);
    const visible = isOrganizer(access) ? rounds : await this.agencyHeats(access, rounds);
    return this.toDtos(access.event.id, visible);
  }

  async get(access: EventAccess, roundId: string): Promise<RoundDetailDto> {
    const round = await this.rounds.round(access.event.id, roundId);
    await this.assertMayManage(access, round);
    return this.detail(round);
  }

  async detail(round: RoundEntity): Promise<RoundDetailDto> {
    const [dto] = await this.toDtos(round.eventId, [round]);
    const [entries, rubric] = await Promise.all([this.judging.entries([round.id]), this.rounds.rubricOf(round)]);
    return { ...dto!, entries: entries.map(toEntryDto), criteria: rubric.criteria.map(toCriterionDto) };
  }

  async panel(access: EventAccess, roundId: string): Promise<PanelDto> {
    const round = await this.rounds.round(access.event.id, roundId);
    await this.assertMayManage(access, round);
    return this.panelOf(round);
  }

  /**
   * Submitted projects in no round, each with the heat of its challenge that a sync would add it
   * to (null when there is none, or when that heat is locked or its scoring has started).
   */
  async unplaced(access: EventAccess): Promise<UnplacedSubmissionDto[]> {
    const eventId = access.event.id;
    const rows = await this.judging.unplaced(eventId);
    if (rows.length === 0) return [];
    const heats = (await this.judging.listRounds(eventId)).filter((round) => round.kind === 'heat' && !round.lockedAt);
    const scored = await this.judging.roundsWithScores(heats.map((heat) => heat.id));
    const open = new Map(
      heats.filter((heat) => !scored.has(heat.id)).map((heat) => [heat.challengeId, heat.id] as const),
    );
    return rows.map((row) => ({ ...row, heatId: open.get(row.challengeId) ?? null }));
  }

  /**
   * The submitted projects nobody judges, read inside the caller's transaction (publishing checks
   * them): those in no round. An event without any round whose audience votes is judged by the
   * audience alone, so there none is.
   */
  async unjudged(manager: EntityManager, event: EventEntity): Promise<UnplacedRow[]> {
    if (event.audienceVote && (await this.judging.listRounds(event.id, manager)).length === 0) return [];
    return this.judging.unplaced(event.id, manager);
  }

  // ---- Rounds -------------------------------------------------------------------------------

  async create(access: EventAccess, user: AuthUser, input: CreateRoundInput): Promise<RoundDetailDto> {
    this.rounds.assertNotPublished(access.event);
    const eventId = access.event.id;
    const challenge = input.challengeId ? await this.challenges.getInEvent(eventId, input.challengeId) : null;
    const { round, version } = await this.dataSource.transaction(async (manager) => {
      await this.judging.lockEvent(manager, eventId);
      const existing = await this.judging.listRounds(eventId, manager);
      if (challenge && existing.some((round) => round.kind === 'heat' && round.challengeId === challenge.id)) {
        throw new JudgingError('HEAT_EXISTS', 'This challenge already has a heat.', {
          challengeId: 'already has a heat',
        });
      }
      if (input.kind === 'final' && existing.some((round) => round.kind === 'final')) {
        throw new JudgingError('FINAL_EXISTS', 'This event already has a final.', { kind: 'the event has a final' });
      }
      const round = await this.insertRound(manager, user, {
        eventId,
        name: input.name,
        kind: input.kind,
        challengeId: challenge?.id ?? null,
        reviewsPerSubmission: input.reviewsPerSubmission,
      });
      return { round, version: await this.judging.bumpLeaderboardVersion(manager, eventId) };
    });
    this.changes.publish({ kind: 'rebuild', eventId, version });
    return this.detail(round);
  }

  /** A heat for every challenge that lacks one, each entered with the challenge's submitted submissions. */
  async createHeats(access: EventAccess, user: AuthUser): Promise<RoundDto[]> {
    this.rounds.assertNotPublished(access.event);
    const eventId = access.event.id;
    const { created, version } = await this.dataSource.transaction(async (manager) => {
      await this.judging.lockEvent(manager, eventId);
      const existing = await this.judging.listRounds(eventId, manager);
      const covered = new Set(existing.filter((round) => round.kind === 'heat').map((round) => round.challengeId));
      const created: RoundEntity[] = [];
      for (const challenge of await this.judging.challenges(eventId, manager)) {
        if (covered.has(challenge.id)) continue;
        created.push(
          await this.insertRound(manager, user, {
            eventId,
            name: challenge.title.slice(0, 100),
            kind: 'heat',
            challengeId: challenge.id,
            reviewsPerSubmission: 3,
          }),
        );
      }
      const version = created.length > 0 ? await this.judging.bumpLeaderboardVersion(manager, eventId) : null;
      return { created, version };
    });
    if (version !== null) this.changes.publish({ kind: 'rebuild', eventId, version });
    return this.toDtos(eventId, created);
  }

  async update(access: EventAccess, user: AuthUser, roundId: string, input: UpdateRoundInput): Promise<RoundDetailDto> {
    const round = await this.rounds.round(access.event.id, roundId);
    const updated = await this.dataSource.transaction(async (manager) => {
      const saved = await this.judging.updateRound(manager, round.id, input);
      await this.record(manager, user, 'round.updated', saved, { changed: Object.keys(input) });
      return saved;
    });
    return this.detail(updated);
  }

  /** Only a round nobody has scored yet can go; its entries, panel and assignments go with it. */
  async remove(access: EventAccess, user: AuthUser, roundId: string): Promise<void> {
    this.rounds.assertNotPublished(access.event);
    const eventId = access.event.id;
    const version = await this.dataSource.transaction(async (manager) => {
      await this.judging.lockEvent(manager, eventId);
      const round = await this.rounds.round(eventId, roundId, manager);
      this.rounds.assertUnlocked(round);
      await this.assertNoScores(manager, round);
      await this.judging.deleteRound(manager, round.id);
      await this.record(manager, user, 'round.deleted', round, { name: round.name, kind: round.kind });
      return this.judging.bumpLeaderboardVersion(manager, eventId);
    });
    this.changes.publish({ kind: 'rebuild', eventId, version });
  }

  async lock(access: EventAccess, user: AuthUser, roundId: string, locked: boolean): Promise<RoundDetailDto> {
    const updated = await this.dataSource.transaction(async (manager) => {
      await this.judging.lockEvent(manager, access.event.id);
      const round = await this.rounds.round(access.event.id, roundId, manager);
      if (locked && round.lockedAt) throw roundLocked();
      if (!locked && !round.lockedAt) throw new JudgingError('ROUND_NOT_LOCKED', 'This round is not locked.');
      const saved = await this.judging.updateRound(manager, round.id, { lockedAt: locked ? this.clock.now() : null });
      await this.record(manager, user, locked ? 'round.locked' : 'round.unlocked', saved);
      return saved;
    });
    return this.detail(updated);
  }

  // ---- Entries ------------------------------------------------------------------------------

  /** Makes a heat's entries its challenge's submitted submissions again, until scoring starts. */
  async syncEntries(access: EventAccess, user: AuthUser, roundId: string): Promise<RoundDetailDto> {
    this.rounds.assertNotPublished(access.event);
    const eventId = access.event.id;
    const { round, version } = await this.dataSource.transaction(async (manager) => {
      await this.judging.lockEvent(manager, eventId);
      const round = await this.entriesChangeable(manager, eventId, roundId);
      if (round.kind !== 'heat' || !round.challengeId) {
        throw new JudgingError(
          'NOT_A_HEAT',
          'Only a heat takes its entries from its challenge; promote finalists instead.',
        );
      }
      const { added, removed } = await this.syncHeatEntries(manager, round);
      await this.record(manager, user, 'round.entries-synced', round, { added, removed });
      return { round, version: await this.judging.bumpLeaderboardVersion(manager, eventId) };
    });
    this.changes.publish({ kind: 'rebuild', eventId, version });
    return this.detail(round);
  }

  async removeEntry(
    access: EventAccess,
    user: AuthUser,
    roundId: string,
    submissionId: string,
  ): Promise<RoundDetailDto> {
    this.rounds.assertNotPublished(access.event);
    const eventId = access.event.id;
    const { round, version } = await this.dataSource.transaction(async (manager) => {
      await this.judging.lockEvent(manager, eventId);
      const round = await this.entriesChangeable(manager, eventId, roundId);
      if (!(await this.judging.entryIds(manager, round.id)).includes(submissionId.toLowerCase())) {
        throw new JudgingError('ENTRY_NOT_FOUND', 'This submission is not an entry of this round.');
      }
      await this.judging.removeEntries(manager, round.id, [submissionId.toLowerCase()]);
      await this.record(manager, user, 'round.entry-removed', round, { submissionId: submissionId.toLowerCase() });
      return { round, version: await this.judging.bumpLeaderboardVersion(manager, eventId) };
    });
    this.changes.publish({ kind: 'rebuild', eventId, version });
    return this.detail(round);
  }

  /**
   * Keeps the heats following their challenges' submissions, inside the caller's transaction: a
   * submission handed in joins every open heat of its challenge (not locked, results not published),
   * even one whose scoring has started, so no entry is left out; one taken back leaves the heats
   * where nobody has scored yet. Returns the new leaderboard version when a round changed, for
   * `announce` once the transaction has committed.
   */
  async followSubmission(
    manager: EntityManager,
    event: EventEntity,
    actorId: string,
    submission: { id: string; challengeId: string | null; status: string },
  ): Promise<number | null> {
    if (!submission.challengeId) return null;
    if (event.resultsPublishedAt && event.resultsPublishedAt.getTime() <= this.clock.now().getTime()) return null;
    await this.judging.lockEvent(manager, event.id);
    const heats = (await this.judging.listRounds(event.id, manager)).filter(
      (round) => round.kind === 'heat' && round.challengeId === submission.challengeId && !round.lockedAt,
    );
    const id = submission.id.toLowerCase();
    let changed = false;
    for (const heat of heats) {
      const present = (await this.judging.entryIds(manager, heat.id)).includes(id);
      if (submission.status === 'submitted' && !present) {
        await this.judging.addEntries(manager, heat.id, [id], this.clock.now());
        await this.audit.record(manager, {
          eventId: event.id,
          actorId,
          action: 'round.entry-joined',
          targetType: 'round',
          targetId: heat.id,
          details: { submissionId: id },
        });
        changed = true;
      } else if (submission.status !== 'submitted' && present) {
        if ((await this.judging.roundsWithScores([heat.id], manager)).size > 0) continue;
        await this.judging.removeEntries(manager, heat.id, [id]);
        await this.audit.record(manager, {
          eventId: event.id,
          actorId,
          action: 'round.entry-left',
          targetType: 'round',
          targetId: heat.id,
          details: { submissionId: id },
        });
        changed = true;
      }
    }
    return changed ? this.judging.bumpLeaderboardVersion(manager, event.id) : null;
  }

  /** Tells the boards a round changed, after the transaction of `followSubmission` committed. */
  announce(eventId: string, version: number | null): void {
    if (version !== null) this.changes.publish({ kind: 'rebuild', eventId, version });
  }

  /**
   * Adds finalists to the final (used by promotion, which picks them from the heats' boards). Every
   * id must be a submitted submission of this event: unknown ids and ids of another event are 404.
   */
  async addFinalists(
    access: EventAccess,
    user: AuthUser,
    roundId: string,
    submissionIds: readonly string[],
    how: Record<string, unknown>,
  ): Promise<RoundDetailDto> {
    this.rounds.assertNotPublished(access.event);
    const eventId = access.event.id;
    const ids = [...new Set(submissionIds.map((id) => id.toLowerCase()))];
    const { round, version } = await this.dataSource.transaction(async (manager) => {
      await this.judging.lockEvent(manager, eventId);
      const round = await this.entriesChangeable(manager, eventId, roundId);
      if (round.kind !== 'final') throw new JudgingError('NOT_A_FINAL', 'Finalists are promoted into the final.');
      const found = new Map((await this.judging.submissionsInEvent(eventId, ids, manager)).map((s) => [s.id, s]));
      const missing: Record<string, string> = {};
      const drafts: Record<string, string> = {};
      submissionIds.forEach((id, index) => {
        const submission = found.get(id.toLowerCase());
        if (!submission) missing[`submissionIds.${index}`] = 'is not a submission of this event';
        else if (submission.status !== 'submitted') drafts[`submissionIds.${index}`] = 'is not submitted';
      });
      if (Object.keys(missing).length > 0) {
        throw new JudgingError('SUBMISSION_NOT_FOUND', 'Some submissions are not part of this event.', missing);
      }
      if (Object.keys(drafts).length > 0) throw new ValidationError(drafts);
      const present = new Set(await this.judging.entryIds(manager, round.id));
      const added = ids.filter((id) => !present.has(id));
      await this.judging.addEntries(manager, round.id, added, this.clock.now());
      await this.record(manager, user, 'round.finalists-promoted', round, { ...how, added });
      return { round, version: await this.judging.bumpLeaderboardVersion(manager, eventId) };
    });
    this.changes.publish({ kind: 'rebuild', eventId, version });
    return this.detail(round);
  }

  // ---- Panels -------------------------------------------------------------------------------

  /**
   * Sets a round's panel. Every juror must have the jury role in the event; a juror taken off loses
   * their assignments in the round, which is refused while they have scores there.
   */
  async setPanel(access: EventAccess, user: AuthUser, roundId: string, jurorIds: readonly string[]): Promise<PanelDto> {
    this.rounds.assertNotPublished(access.event);
    const eventId = access.event.id;
    const round = await this.rounds.round(eventId, roundId);
    await this.assertMayManage(access, round);
    const wanted = jurorIds.map((id) => id.toLowerCase());
    const jurors = new Set(
      (await this.access.listRoles(eventId)).filter((role) => role.role === 'jury').map((role) => role.userId),
    );
    const notJurors: Record<string, string> = {};
    wanted.forEach((id, index) => {
      if (!jurors.has(id)) notJurors[`jurorIds.${index}`] = 'is not a juror of this event';
    });
    if (Object.keys(notJurors).length > 0) throw new ValidationError(notJurors);

    await this.dataSource.transaction(async (manager) => {
      await this.judging.lockEvent(manager, eventId);
      const current = await this.rounds.round(eventId, round.id, manager);
      this.rounds.assertUnlocked(current);
      const before = new Set((await this.judging.panels([round.id], manager)).map((member) => member.userId));
      const added = wanted.filter((id) => !before.has(id));
      const removed = [...before].filter((id) => !wanted.includes(id));
      const scoredBy = new Set(
        (await this.judging.scoreCounts([round.id]))
          .filter((row) => removed.includes(row.jurorId))
          .map((row) => row.jurorId),
      );
      if (scoredBy.size > 0) {
        throw new JudgingError(
          'JUROR_HAS_SCORES',
          'A juror you would take off this panel has already scored in this round.',
          { jurorIds: `must keep the jurors who have scored here: ${[...scoredBy].join(', ')}` },
        );
      }
      await this.judging.addPanelMembers(manager, round.id, added);
      const assignmentsRemoved = await this.judging.removePanelMembers(manager, round.id, removed);
      await this.record(manager, user, 'round.panel-set', round, { added, removed, assignmentsRemoved });
    });
    return this.panelOf(round);
  }

  // ---- Helpers ------------------------------------------------------------------------------

  /** Organizers manage every round; the agency owning a heat's challenge manages that heat. */
  async assertMayManage(access: EventAccess, round: RoundEntity): Promise<void> {
    if (isOrganizer(access)) return;
    if (round.kind === 'heat' && round.challengeId && access.organizationIds.length > 0) {
      const challenge = await this.challenges.getInEvent(access.event.id, round.challengeId);
      if (access.organizationIds.includes(challenge.organizationId)) return;
    }
    throw new JudgingError(
      'FORBIDDEN',
      'Only organizers, and for a heat its challenge’s organization, manage this round.',
    );
  }

  async panelOf(round: RoundEntity): Promise<PanelDto> {
    const [members, assignments, counts, rubric] = await Promise.all([
      this.judging.panels([round.id]),
      this.judging.assignments({ roundIds: [round.id] }),
      this.judging.scoreCounts([round.id]),
      this.rounds.rubricOf(round),
    ]);
    const criteria = rubric.criteria.length;
    const scored = new Map(counts.map((row) => [`${row.jurorId}:${row.submissionId}`, row.count]));
    return {
      roundId: round.id,
      jurors: members.map((member) => {
        const mine = assignments.filter((assignment) => assignment.jurorId === member.userId);
        return {
          userId: member.userId,
          displayName: member.displayName,
          assignments: mine.length,
          completed: mine.filter(
            (assignment) =>
              criteria > 0 && (scored.get(`${member.userId}:${assignment.submissionId}`) ?? 0) >= criteria,
          ).length,
        };
      }),
    };
  }

  async toDtos(eventId: string, rounds: readonly RoundEntity[]): Promise<RoundDto[]> {
    const ids = rounds.map((round) => round.id);
    const [counts, panels, scored, rubrics] = await Promise.all([
      this.judging.entryCounts(ids),
      this.judging.panels(ids),
      this.judging.roundsWithScores(ids),
      this.rounds.rubrics(eventId, rounds),
    ]);
    return rounds.map((round) =>
      toRoundDto(round, {
        rubric: rubrics.get(round.id)!.scope,
        entryCount: counts.get(round.id) ?? 0,
        panelSize: panels.filter((member) => member.roundId === round.id).length,
        scoringStarted: scored.has(round.id),
      }),
    );
  }

  private async insertRound(manager: EntityManager, user: AuthUser, round: Partial<RoundEntity>): Promise<RoundEntity> {
    const now = this.clock.now();
    const created = await this.judging.insertRound(manager, {
      ...round,
      position: await this.judging.nextRoundPosition(manager, round.eventId!),
      lockedAt: null,
      createdAt: now,
    });
    const details: Record<string, unknown> = {
      name: created.name,
      kind: created.kind,
      challengeId: created.challengeId,
    };
    if (created.kind === 'heat') details['entries'] = (await this.syncHeatEntries(manager, created)).added.length;
    await this.record(manager, user, 'round.created', created, details);
    return created;
  }

  private async syncHeatEntries(
    manager: EntityManager,
    round: RoundEntity,
  ): Promise<{ added: string[]; removed: string[] }> {
    const submitted = (await this.judging.submittedToChallenge(manager, round.eventId, round.challengeId!)).map(
      (s) => s.id,
    );
    const current = await this.judging.entryIds(manager, round.id);
    const added = submitted.filter((id) => !current.includes(id));
    const removed = current.filter((id) => !submitted.includes(id));
    await this.judging.removeEntries(manager, round.id, removed);
    await this.judging.addEntries(manager, round.id, added, this.clock.now());
    return { added, removed };
  }

  private async entriesChangeable(manager: EntityManager, eventId: string, roundId: string): Promise<RoundEntity> {
    const round = await this.rounds.round(eventId, roundId, manager);
    this.rounds.assertUnlocked(round);
    await this.assertNoScores(manager, round);
    return round;
  }

  private async assertNoScores(manager: EntityManager, round: RoundEntity): Promise<void> {
    if ((await this.judging.roundsWithScores([round.id], manager)).size > 0) {
      throw new JudgingError('SCORING_STARTED', 'Scoring has started in this round: its entries stay as they are.');
    }
  }

  private async agencyHeats(access: EventAccess, rounds: readonly RoundEntity[]): Promise<RoundEntity[]> {
    if (access.organizationIds.length === 0) return [];
    const owned = new Set(
      (await this.judging.challenges(access.event.id))
        .filter((challenge) => access.organizationIds.includes(challenge.organizationId))
        .map((challenge) => challenge.id),
    );
    return rounds.filter((round) => round.kind === 'heat' && round.challengeId && owned.has(round.challengeId));
  }

  private record(
    manager: EntityManager,
    user: AuthUser,
    action: string,
    round: RoundEntity,
    details: Record<string, unknown> = {},
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
