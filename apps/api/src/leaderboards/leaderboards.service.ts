import type {
  ExplanationDto,
  LeaderboardSnapshotMessage,
  LeaderboardDto,
  LeaderboardQuery,
  LeaderboardSnapshotKind,
  LeaderboardStatusDto,
  PromoteInput,
  ResultsExportDto,
  RoundDetailDto,
  ScoreNormalization,
  ScoresExportDto,
} from '@hackboard/contracts';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { anonymiseJurors, jurorLabels } from '@hackboard/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { type EventAccess, isOrganizer } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { ValidationError } from '../common/domain-error.js';
import { phaseOf } from '../events/event-phase.js';
import type { EventEntity } from '../events/event.entity.js';
import { type JudgingChange, JudgingChanges } from '../judging/judging-changes.js';
import { JudgingError } from '../judging/judging.errors.js';
import { JudgingService } from '../judging/judging.service.js';
import type { RoundEntity } from '../judging/round.entity.js';
import { RoundsService } from '../judging/rounds.service.js';
import { EVENT_SCOPE } from '../judging/rubric-scope.js';
import { LeaderboardPushes } from '../realtime/leaderboard-pushes.service.js';
import type { AudienceBoards } from '../realtime/leaderboard-snapshots.js';
import { MailScheduleService } from '../mail-schedule/mail-schedule.service.js';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';
import { ReviewsService } from '../reviews/reviews.service.js';
import { Board, HEATS } from './board.js';
import type { LeaderboardSnapshotEntity, SnapshotBoard } from './leaderboard-snapshot.entity.js';
import { type LeaderboardView, leaderboardViewFor } from './leaderboard-visibility.js';
import { LeaderboardError } from './leaderboards.errors.js';
import { LeaderboardsRepository } from './leaderboards.repository.js';

type CacheSlot = { board: Board } | { pending: Promise<Board> };

/** The boards other features keep (pairwise rounds, the audience vote), stored beside the rubric boards. */
export type OtherBoard = Exclude<SnapshotBoard, 'rubric'>;

/** One such board as it stands now: a pairwise round's, or the audience board of a challenge (or, with neither, the event's). */
export interface BoardToStore {
  roundId: string | null;
  challengeId: string | null;
  payload: object;
}

/** A board to store at a freeze or publication, before it has its version. */
type SnapshotRow = BoardToStore & { board: SnapshotBoard };

/** A freeze or publication reads the boards again when a change commits meanwhile, this many times at most. */
const SNAPSHOT_ATTEMPTS = 5;

/** Which board a request means. */
type Target = { kind: 'event' } | { kind: 'round'; round: RoundEntity };

/**
 * Rubric leaderboards. One board per round, plus all heats together, is kept in memory and built
 * lazily from the database. A committed score change is applied to the boards incrementally; every
 * board knows the event leaderboard version it reflects, and a board whose version is not the one
 * just before a change (another instance, or a change it missed) is dropped and built again. A
 * read asks for at least the version the request saw in the database, so an instance never serves
 * a board older than what another instance has committed.
 *
 * The event board is the final's once the final has a score, otherwise every heat together.
 * Every read honours the event's visibility (`leaderboardViewFor`). A freeze and a publication
 * store every board of the event: the rubric boards, and the boards other features register
 * (`storeWithSnapshots`: pairwise rounds, the audience vote), which they read back through
 * `visibleBoard`.
 */
@Injectable()
export class LeaderboardsService implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('Leaderboards');
  private readonly cache = new Map<string, Map<string, CacheSlot>>();
  private readonly otherBoards = new Map<OtherBoard, (access: EventAccess) => Promise<BoardToStore[]>>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly leaderboards: LeaderboardsRepository,
    private readonly judging: JudgingService,
    private readonly rounds: RoundsService,
    private readonly reviews: ReviewsService,
    private readonly changes: JudgingChanges,
    private readonly realtime: RealtimePublisher,
    private readonly mailSchedule: MailScheduleService,
    private readonly pushes: LeaderboardPushes,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.changes.subscribe((change) => this.onChange(change));
    this.pushes.useSource({
      audienceBoards: (eventId, challengeId) => this.audienceBoards(eventId, challengeId),
      snapshotFor: (access, challengeId) => this.snapshotForCaller(access, challengeId),
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    this.cache.clear();
  }

  // ---- Reading ------------------------------------------------------------------------------

  async leaderboard(access: EventAccess, query: LeaderboardQuery): Promise<LeaderboardDto> {
    const view = leaderboardViewFor(access, this.clock.now());
    if (view === 'hidden') throw hidden();
    const board = await this.boardFor(access.event, view, await this.target(access.event.id, query));
    return board!;
  }

  /**
   * The board a given audience may see right now, for other modules (the live layer pushes it):
   * null when the view is hidden. Without `target`, the event board.
   */
  async snapshotFor(
    eventId: string,
    view: LeaderboardView,
    query: LeaderboardQuery = {},
  ): Promise<LeaderboardDto | null> {
    const event = await this.leaderboards.findEvent(eventId);
    if (!event) return null;
    return this.boardFor(event, view, await this.target(eventId, query));
  }

  /**
   * A pairwise or audience board as this caller may see it now, by the rules of the rubric boards:
   * `live()` for organizers and while the public view is live, the stored snapshot once frozen or
   * published. Results published by the timeline alone have no snapshot; voting has ended by then,
   * so the live board is the published one.
   */
  async visibleBoard<T extends { snapshot: LeaderboardSnapshotKind | null }>(
    access: EventAccess,
    board: OtherBoard,
    at: { roundId?: string | null; challengeId?: string | null },
    live: () => Promise<T>,
  ): Promise<T> {
    const view = leaderboardViewFor(access, this.clock.now());
    if (view === 'hidden') throw hidden();
    if (view === 'frozen-snapshot' || view === 'published-snapshot') {
      const kind = view === 'frozen-snapshot' ? 'frozen' : 'published';
      const snapshot = await this.leaderboards.latestSnapshot(access.event.id, kind, board, at);
      if (snapshot) return snapshot.payload as T;
      if (kind === 'frozen') throw notInFreeze();
    }
    return live();
  }

  /** Registers a kind of board that every freeze and publication stores with the rubric boards. */
  storeWithSnapshots(board: OtherBoard, boardsOf: (access: EventAccess) => Promise<BoardToStore[]>): void {
    this.otherBoards.set(board, boardsOf);
  }

  /** What produced a submission's score, per criterion and per juror; jurors are numbered, not named, except for organizers. */
  async explanation(access: EventAccess, submissionId: string, query: LeaderboardQuery): Promise<ExplanationDto> {
    const view = leaderboardViewFor(access, this.clock.now());
    if (view === 'hidden') throw hidden();
    if (view === 'frozen-snapshot') {
      throw new LeaderboardError(
        'LEADERBOARD_FROZEN',
        'The leaderboard is frozen: explanations come back with the live board or the published results.',
      );
    }
    const event = access.event;
    const target = await this.target(event.id, query);
    const { board, roundId } = await this.liveBoard(event, target);
    const id = submissionId.toLowerCase();
    const entry = board.entries.get(id);
    if (!entry) throw new LeaderboardError('SUBMISSION_NOT_ON_BOARD', 'This submission is not on this leaderboard.');
    const method = event.scoreNormalization;
    const explained = board.explain(id, method);
    const jurorIds = board.jurorIds();
    const numbers = new Map(jurorIds.map((jurorId, index) => [jurorId, index + 1]));
    const organizer = isOrganizer(access);
    const names = organizer ? await this.leaderboards.displayNames(jurorIds) : new Map<string, string>();
    const shown = explained && !organizer ? anonymiseJurors(explained, jurorLabels(jurorIds)) : explained;
    return {
      eventId: event.id,
      roundId,
      submissionId: id,
      title: entry.title,
      teamName: entry.teamName,
      method,
      scale: board.scale,
      score: explained?.score ?? null,
      reviews: explained?.reviews ?? 0,
      incompleteReviews: explained?.incompleteReviews ?? 0,
      criteria: (explained?.criteria ?? []).map((criterion) => ({
        ...criterion,
        name: board.criterionName(entry.challengeId, criterion.key),
      })),
      jurors: (shown?.jurors ?? []).map((juror, index) => {
        const jurorId = explained!.jurors[index]!.jurorId;
        return {
          juror: organizer ? (names.get(jurorId) ?? jurorId) : juror.jurorId,
          jurorNumber: numbers.get(jurorId) ?? 0,
          jurorId: organizer ? jurorId : null,
          complete: juror.complete,
          values: { ...juror.values },
          rawTotal: juror.rawTotal,
          normalizedTotal: juror.normalizedTotal,
          normalization: juror.normalization,
          jurorStats: juror.jurorStats,
        };
      }),
      overall: explained?.overall ?? null,
    };
  }

  // ---- Freeze and publication ---------------------------------------------------------------

  /** Stores what the public sees from now on (for `frozen` visibility): every board of the event. */
  async freeze(access: EventAccess, user: AuthUser): Promise<LeaderboardStatusDto> {
    const eventId = access.event.id;
    this.assertNotPublished(access.event);
    if (access.event.leaderboardFrozenAt) throw alreadyFrozen();
    const now = this.clock.now();
    const { version, boards } = await this.takeSnapshots(access, user, 'frozen', async (manager, event, taken) => {
      if (event.leaderboardFrozenAt) throw alreadyFrozen();
      await this.leaderboards.updateEvent(manager, eventId, { leaderboardFrozenAt: now });
      await this.audit.record(manager, {
        eventId,
        actorId: user.id,
        action: 'leaderboard.frozen',
        targetType: 'event',
        targetId: eventId,
        details: taken,
      });
    });
    this.changes.publish({ kind: 'rebuild', eventId, version, publicChanged: true });
    return { eventId, version, frozenAt: now.toISOString(), publishedAt: null, snapshots: boards };
  }

  async unfreeze(access: EventAccess, user: AuthUser): Promise<LeaderboardStatusDto> {
    const eventId = access.event.id;
    this.assertNotPublished(access.event);
    const version = await this.dataSource.transaction(async (manager) => {
      await this.lockAndCheck(manager, eventId, (event) => {
        if (!event.leaderboardFrozenAt) throw new LeaderboardError('NOT_FROZEN', 'The leaderboard is not frozen.');
      });
      const version = await this.judging.bumpLeaderboardVersion(manager, eventId);
      await this.leaderboards.updateEvent(manager, eventId, { leaderboardFrozenAt: null });
      await this.audit.record(manager, {
        eventId,
        actorId: user.id,
        action: 'leaderboard.unfrozen',
        targetType: 'event',
        targetId: eventId,
        details: { version },
      });
      return version;
    });
    this.changes.publish({ kind: 'rebuild', eventId, version, publicChanged: true });
    return { eventId, version, frozenAt: null, publishedAt: null, snapshots: 0 };
  }

  /**
   * Publishes the results once judging is over: stores every board of the event as published
   * snapshots, which everyone sees from then on. Permanent: a second publication is refused.
   */
  /**
   * Publishes the results. Submitted projects that are in no round would be left out without
   * anyone judging them, so then it is refused (409 UNJUDGED_PROJECTS, each one's id and title in
   * `fields`) unless `confirmUnjudged` says the organizer has seen them.
   */
  async publish(access: EventAccess, user: AuthUser, confirmUnjudged = false): Promise<LeaderboardStatusDto> {
    const eventId = access.event.id;
    const now = this.clock.now();
    const phase = phaseOf(access.event, now);
    if (phase !== 'closed' && phase !== 'published') {
      throw new LeaderboardError('JUDGING_NOT_OVER', 'Results can be published once judging has ended.');
    }
    if (await this.leaderboards.hasSnapshot(eventId, 'published')) throw alreadyPublished();
    const scheduled = access.event.resultsPublishedAt;
    const publishedAt = scheduled && scheduled.getTime() <= now.getTime() ? scheduled : now;
    const { version, boards } = await this.takeSnapshots(access, user, 'published', async (manager, event, taken) => {
      if (await this.leaderboards.hasSnapshot(eventId, 'published', manager)) throw alreadyPublished();
      const unjudged = await this.rounds.unjudged(manager, event);
      if (unjudged.length > 0 && !confirmUnjudged) {
        throw new LeaderboardError(
          'UNJUDGED_PROJECTS',
          `${unjudged.length} submitted ${unjudged.length === 1 ? 'project is' : 'projects are'} in no round and would go unjudged; confirm to publish anyway.`,
          Object.fromEntries(unjudged.map((row) => [row.submissionId, row.title])),
        );
      }
      await this.leaderboards.updateEvent(manager, eventId, { resultsPublishedAt: publishedAt });
      await this.audit.record(manager, {
        eventId,
        actorId: user.id,
        action: 'results.published',
        targetType: 'event',
        targetId: eventId,
        details: unjudged.length > 0 ? { ...taken, unjudged: unjudged.map((row) => row.submissionId) } : taken,
      });
      if (access.event.isPublic) await this.mailSchedule.resultsPublished(manager, access.event);
    });
    this.changes.publish({ kind: 'rebuild', eventId, version, publicChanged: true });
    if (access.event.isPublic) {
      this.push(() =>
        this.realtime.toPublic(eventId, 'phase.changed', { eventId, phase: 'published', at: now.toISOString() }),
      );
    }
    return {
      eventId,
      version,
      frozenAt: access.event.leaderboardFrozenAt?.toISOString() ?? null,
      publishedAt: publishedAt.toISOString(),
      snapshots: boards,
    };
  }

  /**
   * Stores every board of the event (rubric, pairwise, audience) as `kind` snapshots in one
   * transaction that holds the event, raises its version and runs `write` (which may refuse) first.
   * The boards are read before the transaction, since on SQLite nothing else may run while it is
   * open; when a change commits in between they are read again, so the snapshots are the boards as
   * they stood when the transaction began.
   */
  private async takeSnapshots(
    access: EventAccess,
    user: AuthUser,
    kind: LeaderboardSnapshotKind,
    write: (manager: EntityManager, event: EventEntity, taken: { version: number; boards: number }) => Promise<void>,
  ): Promise<{ version: number; boards: number }> {
    const eventId = access.event.id;
    for (let attempt = 1; ; attempt++) {
      const seen = await this.judging.leaderboardVersion(eventId);
      const rows = await this.boardsToStore(access, seen);
      const taken = await this.dataSource.transaction(async (manager) => {
        await this.judging.lockEvent(manager, eventId);
        const event = (await this.leaderboards.findEvent(eventId, manager))!;
        if (event.leaderboardVersion !== seen && attempt < SNAPSHOT_ATTEMPTS) return null;
        const version = await this.judging.bumpLeaderboardVersion(manager, eventId);
        const taken = { version, boards: rows.length };
        await write(manager, event, taken);
        await this.leaderboards.insertSnapshots(manager, this.snapshotRows(eventId, rows, kind, version, user));
        return taken;
      });
      if (taken) return taken;
    }
  }

  /** Every board of the event as it stands at `version`: the rubric boards, then the other kinds registered. */
  private async boardsToStore(access: EventAccess, version: number): Promise<SnapshotRow[]> {
    const rows: SnapshotRow[] = (await this.allBoards(access.event, version)).map((board) => ({
      board: 'rubric',
      roundId: board.source === 'round' ? board.roundId : null,
      challengeId: null,
      payload: board,
    }));
    for (const [board, boardsOf] of this.otherBoards) {
      for (const stored of await boardsOf(access)) rows.push({ board, ...stored });
    }
    return rows;
  }

  // ---- Promotion ----------------------------------------------------------------------------

  /** Finalists into the final: the top N of each heat's board (ties at the cut go through), or the organizer's pick. */
  async promote(access: EventAccess, user: AuthUser, roundId: string, input: PromoteInput): Promise<RoundDetailDto> {
    const eventId = access.event.id;
    const final = await this.judging.round(eventId, roundId);
    if (final.kind !== 'final') throw new JudgingError('NOT_A_FINAL', 'Finalists are promoted into the final.');
    if (input.submissionIds) {
      return this.rounds.addFinalists(access, user, final.id, input.submissionIds, { by: 'pick' });
    }
    const topN = input.topN!;
    let heats: RoundEntity[];
    if (input.fromRoundIds) {
      heats = [];
      const problems: Record<string, string> = {};
      for (const [index, id] of input.fromRoundIds.entries()) {
        const round = await this.judging.round(eventId, id);
        if (round.kind !== 'heat') problems[`fromRoundIds.${index}`] = 'is not a heat';
        heats.push(round);
      }
      if (Object.keys(problems).length > 0) throw new ValidationError(problems);
    } else {
      heats = (await this.judging.rounds(eventId)).filter((round) => round.kind === 'heat');
    }
    const method = access.event.scoreNormalization;
    const picked: string[] = [];
    for (const heat of heats) {
      const board = await this.board(eventId, heat.id, access.event.leaderboardVersion);
      for (const standing of board.standings(method)) {
        if (standing.rank !== null && standing.rank <= topN) picked.push(standing.submissionId);
      }
    }
    return this.rounds.addFinalists(access, user, final.id, picked, {
      by: 'top',
      topN,
      fromRoundIds: heats.map((heat) => heat.id),
      method,
    });
  }

  // ---- Exports ------------------------------------------------------------------------------

  async resultsExport(access: EventAccess): Promise<ResultsExportDto> {
    const event = access.event;
    return {
      event: { id: event.id, slug: event.slug, name: event.name },
      generatedAt: this.clock.now().toISOString(),
      boards: await this.allBoards(event),
    };
  }

  async scoresExport(access: EventAccess): Promise<ScoresExportDto> {
    const event = access.event;
    const rounds = await this.judging.rounds(event.id);
    const roundIds = rounds.map((round) => round.id);
    const names = new Map(rounds.map((round) => [round.id, round.name]));
    const [scores, comments] = await Promise.all([
      this.reviews.scoresForExport(roundIds),
      this.reviews.commentsForExport(roundIds),
    ]);
    const order = new Map(rounds.map((round, index) => [round.id, index]));
    return {
      event: { id: event.id, slug: event.slug, name: event.name },
      generatedAt: this.clock.now().toISOString(),
      scores: scores
        .sort((a, b) => order.get(a.roundId)! - order.get(b.roundId)!)
        .map((row) => ({
          roundId: row.roundId,
          roundName: names.get(row.roundId) ?? '',
          jurorId: row.jurorId,
          jurorName: row.jurorName,
          submissionId: row.submissionId,
          submissionTitle: row.submissionTitle,
          teamName: row.teamName,
          criterionKey: row.criterionKey,
          value: row.value,
          updatedAt: row.updatedAt.toISOString(),
        })),
      comments: comments.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    };
  }

  // ---- Boards -------------------------------------------------------------------------------

  /** The board a view may see: stored snapshots for snapshot views, the live board otherwise, null when hidden. */
  private async boardFor(event: EventEntity, view: LeaderboardView, target: Target): Promise<LeaderboardDto | null> {
    if (view === 'hidden') return null;
    if (view === 'frozen-snapshot' || view === 'published-snapshot') {
      const kind = view === 'frozen-snapshot' ? 'frozen' : 'published';
      const snapshot = await this.leaderboards.latestSnapshot(event.id, kind, 'rubric', {
        roundId: target.kind === 'round' ? target.round.id : null,
      });
      if (snapshot) return snapshot.payload as LeaderboardDto;
      if (kind === 'frozen') throw notInFreeze();
      // Published through the timeline, without the organizer's publish: scores cannot change after judging.
    }
    const { board, source, roundId, challengeId } = await this.liveBoard(event, target);
    return this.toDto(event, board, { source, roundId, challengeId });
  }

  private async liveBoard(
    event: EventEntity,
    target: Target,
  ): Promise<{ board: Board; source: LeaderboardDto['source']; roundId: string | null; challengeId: string | null }> {
    const minVersion = event.leaderboardVersion;
    if (target.kind === 'round') {
      const board = await this.board(event.id, target.round.id, minVersion);
      return { board, source: 'round', roundId: target.round.id, challengeId: target.round.challengeId };
    }
    const rounds = await this.judging.rounds(event.id);
    const final = rounds.find((round) => round.kind === 'final');
    const heats = rounds.some((round) => round.kind === 'heat');
    if (final) {
      const board = await this.board(event.id, final.id, minVersion);
      if (board.hasScores() || !heats) return { board, source: 'final', roundId: final.id, challengeId: null };
    }
    if (heats)
      return {
        board: await this.board(event.id, HEATS, minVersion),
        source: 'heats',
        roundId: null,
        challengeId: null,
      };
    return { board: Board.empty(minVersion), source: 'heats', roundId: null, challengeId: null };
  }

  /** The event board and every round's board, live (at `version` or newer), for publication, freezing and exports. */
  private async allBoards(event: EventEntity, version?: number): Promise<LeaderboardDto[]> {
    const leaderboardVersion = version ?? (await this.judging.leaderboardVersion(event.id));
    const current = { ...event, leaderboardVersion } as EventEntity;
    const boards = [await this.boardFor(current, 'live', { kind: 'event' })];
    for (const round of await this.judging.rounds(event.id)) {
      boards.push(await this.boardFor(current, 'live', { kind: 'round', round }));
    }
    return boards as LeaderboardDto[];
  }

  /** A board of the cache at `minVersion` or newer, built from the database when it is missing or older. */
  private async board(eventId: string, key: string, minVersion: number): Promise<Board> {
    let boards = this.cache.get(eventId);
    if (!boards) this.cache.set(eventId, (boards = new Map()));
    const slot = boards.get(key);
    if (slot && 'board' in slot && slot.board.version >= minVersion) return slot.board;
    if (slot && 'pending' in slot) {
      const built = await slot.pending;
      if (built.version >= minVersion) return built;
    }
    const pending = this.build(eventId, key);
    boards.set(key, { pending });
    try {
      const board = await pending;
      const current = boards.get(key);
      if (current && 'pending' in current && current.pending === pending) boards.set(key, { board });
      if (board.skippedScores > 0) {
        this.log.warn(
          `${board.skippedScores} stored scores no longer fit their rubric on board ${key} of event ${eventId}`,
        );
      }
      return board;
    } catch (error) {
      const current = boards.get(key);
      if (current && 'pending' in current && current.pending === pending) boards.delete(key);
      throw error;
    }
  }

  private async build(eventId: string, key: string): Promise<Board> {
    // The version first: the data read after it is at least that new, never older.
    const version = await this.judging.leaderboardVersion(eventId);
    const allRounds = await this.judging.rounds(eventId);
    const rounds =
      key === HEATS
        ? allRounds.filter((round) => round.kind === 'heat')
        : allRounds.filter((round) => round.id === key);
    const roundIds = rounds.map((round) => round.id);
    const [entries, rubrics, eventCriteria, scores] = await Promise.all([
      this.judging.entries(roundIds),
      this.judging.rubrics(eventId, rounds),
      this.judging.criteria(eventId, [EVENT_SCOPE]),
      this.reviews.scores(roundIds),
    ]);
    return Board.build({ key, version, rounds, entries, rubrics, eventCriteria, scores });
  }

  /** A committed change: applied to every board of the event that is exactly one version behind, others dropped. */
  private onChange(change: JudgingChange): void {
    const boards = this.cache.get(change.eventId);
    if (boards) {
      for (const [key, slot] of [...boards]) {
        if (change.kind === 'rebuild' || 'pending' in slot || slot.board.version !== change.version - 1) {
          boards.delete(key);
        } else if (change.kind === 'votes' || slot.board.apply(change)) {
          slot.board.version = change.version;
        } else {
          boards.delete(key);
        }
      }
    }
    this.pushes.changed(change.eventId);
  }

  /**
   * What the live layer pushes, read at the newest version: the live board for organizers, and
   * for everyone else what `leaderboardViewFor` lets a caller without a role see (nothing while
   * hidden, the stored snapshot once frozen or published). The one place that decides who is told.
   * With `challengeId`, the same for that challenge's board (null while it has no heat).
   */
  private async audienceBoards(eventId: string, challengeId: string | null): Promise<AudienceBoards | null> {
    const event = await this.leaderboards.findEvent(eventId);
    if (!event) return null;
    const target = await this.liveTarget(eventId, challengeId);
    if (!target) return null;
    const organizers = (await this.boardFor(event, 'live', target))!;
    const visitor: EventAccess = { event, roles: new Set(), organizationIds: [], isAdmin: false };
    const view = leaderboardViewFor(visitor, this.clock.now());
    let others: AudienceBoards['others'] = null;
    if (view === 'live') others = { view: 'live', board: organizers };
    else if (view !== 'hidden') {
      const stored = await this.boardFor(event, view, target).catch(() => null);
      if (stored) others = { view: 'snapshot', board: stored };
    }
    return {
      version: Math.max(event.leaderboardVersion, organizers.version),
      isPublic: event.isPublic,
      organizers,
      others,
    };
  }

  /**
   * The event board (or the challenge's) this caller may see, as `GET /leaderboard[?challengeId=]`
   * answers it, for a socket that just subscribed.
   */
  private async snapshotForCaller(
    access: EventAccess,
    challengeId: string | null,
  ): Promise<LeaderboardSnapshotMessage | null> {
    const view = leaderboardViewFor(access, this.clock.now());
    if (view === 'hidden') return null;
    const event = access.event;
    const target = await this.liveTarget(event.id, challengeId);
    if (!target) return null;
    const board = await this.boardFor(event, view, target).catch(() => null);
    if (!board) return null;
    return { eventId: event.id, challengeId, version: Math.max(event.leaderboardVersion, board.version), board };
  }

  /** The event's board, or the challenge's heat; null when the challenge has no heat (yet). */
  private async liveTarget(eventId: string, challengeId: string | null): Promise<Target | null> {
    if (!challengeId) return { kind: 'event' };
    return this.target(eventId, { challengeId }).catch((error: unknown) => {
      if (error instanceof LeaderboardError) return null;
      throw error;
    });
  }

  private push(send: () => void): void {
    try {
      send();
    } catch (error) {
      this.log.warn(`push failed: ${(error as Error).message}`);
    }
  }

  private toDto(
    event: EventEntity,
    board: Board,
    meta: { source: LeaderboardDto['source']; roundId: string | null; challengeId: string | null },
  ): LeaderboardDto {
    const method: ScoreNormalization = event.scoreNormalization;
    return {
      eventId: event.id,
      roundId: meta.roundId,
      challengeId: meta.challengeId,
      source: meta.source,
      version: board.version,
      method,
      scale: { min: board.scale.min, max: board.scale.max },
      generatedAt: this.clock.now().toISOString(),
      snapshot: null,
      standings: board.standings(method),
    };
  }

  private snapshotRows(
    eventId: string,
    rows: readonly SnapshotRow[],
    kind: LeaderboardSnapshotKind,
    version: number,
    user: AuthUser,
  ): Partial<LeaderboardSnapshotEntity>[] {
    const at = this.clock.now();
    return rows.map(({ board, roundId, challengeId, payload }) => ({
      eventId,
      board,
      roundId,
      challengeId,
      kind,
      version,
      payload:
        board === 'rubric'
          ? ({
              ...(payload as LeaderboardDto),
              version,
              snapshot: kind,
              generatedAt: at.toISOString(),
            } satisfies LeaderboardDto)
          : { ...payload, snapshot: kind },
      createdBy: user.id,
      createdAt: at,
    }));
  }

  private async target(eventId: string, query: LeaderboardQuery): Promise<Target> {
    if (query.roundId) return { kind: 'round', round: await this.judging.round(eventId, query.roundId) };
    if (query.challengeId) {
      const heat = (await this.judging.rounds(eventId)).find(
        (round) => round.kind === 'heat' && round.challengeId === query.challengeId!.toLowerCase(),
      );
      if (!heat) throw new LeaderboardError('LEADERBOARD_NOT_FOUND', 'This event has no heat for that challenge.');
      return { kind: 'round', round: heat };
    }
    return { kind: 'event' };
  }

  /** Holds the event (judging changes take turns), then checks it as it is now. */
  private async lockAndCheck(
    manager: EntityManager,
    eventId: string,
    check: (event: EventEntity) => void,
  ): Promise<void> {
    await this.judging.lockEvent(manager, eventId);
    check((await this.leaderboards.findEvent(eventId, manager))!);
  }

  private assertNotPublished(event: EventEntity): void {
    if (event.resultsPublishedAt && event.resultsPublishedAt.getTime() <= this.clock.now().getTime()) {
      throw alreadyPublished();
    }
  }
}

function hidden() {
  return new LeaderboardError('LEADERBOARD_HIDDEN', 'The leaderboard is not public until the results are published.');
}

function notInFreeze() {
  return new LeaderboardError('LEADERBOARD_NOT_FOUND', 'This board was not part of the frozen leaderboard.');
}

function alreadyFrozen() {
  return new LeaderboardError('ALREADY_FROZEN', 'The leaderboard is already frozen.');
}

function alreadyPublished() {
  return new LeaderboardError('ALREADY_PUBLISHED', 'The results are already published, and publication is permanent.');
}
