import type {
  PairwiseJurorDto,
  PairwiseLeaderboardDto,
  PairwisePairDto,
  PairwiseRecordDto,
  PairwiseVoteInput,
} from '@hackboard/contracts';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { type EventAccess } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { phaseOf } from '../events/event-phase.js';
import { JudgingChanges } from '../judging/judging-changes.js';
import type { EntryRow } from '../judging/judging.repository.js';
import { JudgingService } from '../judging/judging.service.js';
import type { RoundEntity } from '../judging/round.entity.js';
import { type BoardToStore, LeaderboardsService } from '../leaderboards/leaderboards.service.js';
import { TeamsService } from '../teams/teams.service.js';
import { UsersService } from '../users/users.service.js';
import type { PairwiseVoteEntity } from './pairwise-vote.entity.js';
import { type Pair, PairwiseOffers } from './pairwise-offers.js';
import { PairwiseError } from './pairwise.errors.js';
import { PairwiseRepository, isSequenceTaken } from './pairwise.repository.js';
import type { ModelItem } from './round-model.js';
import { RoundModels } from './round-models.js';

/** Concurrent votes in a round race for the next sequence number; the losers try again. */
const SEQUENCE_ATTEMPTS = 25;

/** What a juror may do in a round: the round's submitted projects, and those they must never see. */
interface JurorView {
  round: RoundEntity;
  /** The round's entries (submitted projects), by submission id. */
  entries: Map<string, EntryRow>;
  /** Declared conflicts of interest and the juror's own team's projects. */
  conflicts: Set<string>;
  /** Entries minus conflicts, sorted. */
  eligible: string[];
}

/**
 * Pairwise judging (CrowdBT) in a round: the next pair for a juror, votes and skips, the round's
 * board and, for organizers, each juror's estimated reliability. Only in events whose judging mode
 * is pairwise; votes and skips only by the round's panel, during the judging phase, never on a
 * project the juror has a conflict of interest with, and only on the pair they were offered.
 *
 * A vote raises the event's leaderboard version in its transaction and is told to the leaderboards
 * (JudgingChanges) once committed, which pushes the update. The round boards are stored with the
 * other boards when the leaderboard is frozen or the results are published.
 */
@Injectable()
export class PairwiseService implements OnModuleInit {
  constructor(
    private readonly pairwise: PairwiseRepository,
    private readonly models: RoundModels,
    private readonly offers: PairwiseOffers,
    private readonly judging: JudgingService,
    private readonly leaderboards: LeaderboardsService,
    private readonly changes: JudgingChanges,
    private readonly teams: TeamsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.leaderboards.storeWithSnapshots('pairwise', (access) => this.boardsToStore(access));
  }

  // ---- Jurors -------------------------------------------------------------------------------

  /**
   * The pair this juror should compare next, or null when nothing is left. A pair offered before
   * and not yet voted on is offered again (a reload shows the same two projects).
   */
  async next(access: EventAccess, user: AuthUser, roundId: string, anchor?: string): Promise<PairwisePairDto | null> {
    const view = await this.jurorView(access, user, roundId);
    if (anchor !== undefined && !view.eligible.includes(anchor)) {
      throw new PairwiseError('SUBMISSION_NOT_FOUND', 'This round has no such project for you to compare.', {
        anchor: 'is not a project of this round you may judge',
      });
    }
    const offered = await this.offers.current(view.round.id, user.id);
    let pair: Pair | null =
      offered && offered.every((id) => view.eligible.includes(id)) && (anchor === undefined || offered.includes(anchor))
        ? offered
        : null;
    if (!pair) {
      const model = await this.models.current(view.round.id, itemsOf(view.entries));
      pair = model.nextPair(user.id, view.eligible, anchor);
      if (!pair) return null;
      await this.offers.offer(view.round.id, user.id, pair);
    }
    const [a, b] = await Promise.all(
      pair.map(async (id) => (await this.judging.submissionForJuror(access.event.id, id))!),
    );
    return { a: a!, b: b!, judged: await this.pairwise.votesBy(view.round.id, user.id) };
  }

  /** Records the juror's verdict on the pair they were offered, then applies it to the model. */
  async vote(
    access: EventAccess,
    user: AuthUser,
    roundId: string,
    input: PairwiseVoteInput,
  ): Promise<PairwiseRecordDto> {
    const view = await this.jurorView(access, user, roundId);
    const winnerId = input.winnerId.toLowerCase();
    const loserId = input.loserId.toLowerCase();
    assertJudgeable(view, { winnerId, loserId });
    return this.record(access, user, view, (pair) => samePair(pair, [winnerId, loserId]), {
      winnerId,
      loserId,
      skippedId: null,
    });
  }

  /** The juror passes on one project of the pair they were offered; it is held back from them for a while. */
  async skip(access: EventAccess, user: AuthUser, roundId: string, submissionId: string): Promise<PairwiseRecordDto> {
    const view = await this.jurorView(access, user, roundId);
    const skippedId = submissionId.toLowerCase();
    assertJudgeable(view, { submissionId: skippedId });
    return this.record(access, user, view, (pair) => pair.includes(skippedId), {
      winnerId: null,
      loserId: null,
      skippedId,
    });
  }

  // ---- Boards -------------------------------------------------------------------------------

  /**
   * The round's pairwise board, as the event's leaderboard visibility allows: live for organizers
   * and while the public view is live, otherwise the board stored at the freeze or at publication.
   */
  async leaderboard(access: EventAccess, roundId: string): Promise<PairwiseLeaderboardDto> {
    const round = await this.pairwiseRound(access, roundId);
    return this.leaderboards.visibleBoard(access, 'pairwise', { roundId: round.id }, () => this.liveBoard(round));
  }

  /** For organizers: every juror of the panel (and anyone who voted before leaving it), with CrowdBT's view of them. */
  async jurors(access: EventAccess, roundId: string): Promise<PairwiseJurorDto[]> {
    const round = await this.pairwiseRound(access, roundId);
    const [entries, panel] = await Promise.all([this.entriesOf(round), this.judging.panel(round.id)]);
    const model = await this.models.current(round.id, itemsOf(entries));
    const names = new Map(panel.map((member) => [member.userId, member.displayName]));
    const formerIds = model.jurorIds().filter((id) => !names.has(id));
    const former = await Promise.all(formerIds.map((id) => this.users.findActive(id)));
    formerIds.forEach((id, index) => names.set(id, former[index]?.displayName ?? ''));
    return [...names]
      .map(([id, displayName]) => {
        const juror = model.juror(id);
        const evidence = model.evidence(id);
        return {
          jurorId: id,
          displayName,
          onPanel: !formerIds.includes(id),
          votes: juror.votes,
          skips: juror.skips,
          alpha: juror.alpha,
          beta: juror.beta,
          reliability: juror.reliability,
          reliabilitySd: evidence.reliability.sd,
          clearPairs: evidence.clearPairs,
          againstConsensus: evidence.againstConsensus,
          expectedAgainst: evidence.expectedAgainst,
          flagReasons: [...evidence.reasons],
          excluded: model.excluded.has(id),
        };
      })
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv') || a.jurorId.localeCompare(b.jurorId));
  }

  /**
   * Takes a juror's votes out of the round's board (`excluded`) or counts them again. Only for a
   * juror on the panel or who voted in the round, and not once the round is locked. A change is
   * audited, raises the leaderboard version and is pushed like a vote; asking for the state the
   * juror is already in changes nothing. Answers with the juror as organizers see them.
   */
  async setExcluded(
    access: EventAccess,
    user: AuthUser,
    roundId: string,
    jurorId: string,
    excluded: boolean,
  ): Promise<PairwiseJurorDto> {
    const round = await this.pairwiseRound(access, roundId);
    if (round.lockedAt) throw new PairwiseError('ROUND_LOCKED', 'This round is locked: its votes no longer change.');
    const id = jurorId.toLowerCase();
    const [onPanel, voted] = await Promise.all([
      this.judging.isOnPanel(round.id, id),
      this.pairwise.hasVoted(round.id, id),
    ]);
    if (!onPanel && !voted) {
      throw new PairwiseError('JUROR_NOT_FOUND', 'This round has no such juror.');
    }
    const version = await this.dataSource.transaction(async (manager) => {
      const changed = excluded
        ? await this.pairwise.exclude(manager, {
            roundId: round.id,
            jurorId: id,
            excludedBy: user.id,
            createdAt: this.clock.now(),
          })
        : await this.pairwise.include(manager, round.id, id);
      if (!changed) return null;
      const raised = await this.judging.bumpLeaderboardVersion(manager, access.event.id);
      await this.audit.record(manager, {
        eventId: access.event.id,
        actorId: user.id,
        action: excluded ? 'pairwise.juror-excluded' : 'pairwise.juror-included',
        targetType: 'round',
        targetId: round.id,
        details: { jurorId: id },
      });
      return raised;
    });
    if (version !== null) this.changes.publish({ kind: 'votes', eventId: access.event.id, version });
    const jurors = await this.jurors(access, round.id);
    return jurors.find((juror) => juror.jurorId === id)!;
  }

  /** The board of every round of a pairwise event as it stands, for a freeze or publication to store. */
  private async boardsToStore(access: EventAccess): Promise<BoardToStore[]> {
    if (access.event.judgingMode !== 'pairwise') return [];
    const boards: BoardToStore[] = [];
    for (const round of await this.judging.rounds(access.event.id)) {
      boards.push({ roundId: round.id, challengeId: null, payload: await this.liveBoard(round) });
    }
    return boards;
  }

  private async liveBoard(round: RoundEntity): Promise<PairwiseLeaderboardDto> {
    const entries = await this.entriesOf(round);
    const items = itemsOf(entries);
    const model = await this.models.current(round.id, items);
    return {
      roundId: round.id,
      roundName: round.name,
      method: 'crowd-bt',
      votes: model.votes,
      snapshot: null,
      standings: model.standings(items).map((standing) => {
        const entry = entries.get(standing.submissionId)!;
        return { ...standing, title: entry.title, teamName: entry.teamName };
      }),
    };
  }

  // ---- Recording ----------------------------------------------------------------------------

  /**
   * Stores a vote or skip with the round's next sequence number, once the juror's offer accepted it.
   * The number is max + 1 read inside the transaction; two transactions that read the same max
   * collide on the (round, sequence) key and the loser starts again, so sequences stay gap-free and
   * commit in order. The offer is given back if the record could not be stored.
   */
  private async record(
    access: EventAccess,
    user: AuthUser,
    view: JurorView,
    accepts: (pair: Pair) => boolean,
    verdict: Pick<PairwiseVoteEntity, 'winnerId' | 'loserId' | 'skippedId'>,
  ): Promise<PairwiseRecordDto> {
    const { round } = view;
    const offered = await this.offers.current(round.id, user.id);
    const taken = await this.offers.take(round.id, user.id, accepts);
    if (taken === 'not-offered') {
      throw new PairwiseError(
        'PAIR_NOT_OFFERED',
        'These are not the projects you were last offered. Ask for the next pair and judge that one.',
      );
    }
    let committed: { stored: PairwiseVoteEntity; version: number | null };
    try {
      committed = await this.store(access, user, round, verdict);
    } catch (error) {
      if (taken === 'taken' && offered) await this.offers.offer(round.id, user.id, offered);
      throw error;
    }
    await this.models.committed(committed.stored);
    if (committed.version !== null) {
      this.changes.publish({ kind: 'votes', eventId: access.event.id, version: committed.version });
    }
    return toRecordDto(committed.stored);
  }

  /** A vote moves the board, so it raises the leaderboard version; a skip does not. */
  private async store(
    access: EventAccess,
    user: AuthUser,
    round: RoundEntity,
    verdict: Pick<PairwiseVoteEntity, 'winnerId' | 'loserId' | 'skippedId'>,
  ): Promise<{ stored: PairwiseVoteEntity; version: number | null }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          // First, so that votes of one event take turns and versions follow commit order.
          const version = verdict.skippedId
            ? null
            : await this.judging.bumpLeaderboardVersion(manager, access.event.id);
          const sequence = (await this.pairwise.maxSequence(manager, round.id)) + 1;
          const stored = await this.pairwise.insert(manager, {
            roundId: round.id,
            jurorId: user.id,
            ...verdict,
            sequence,
            createdAt: this.clock.now(),
          });
          await this.audit.record(manager, {
            eventId: access.event.id,
            actorId: user.id,
            action: verdict.skippedId ? 'pairwise.skipped' : 'pairwise.voted',
            targetType: 'round',
            targetId: round.id,
            details: { sequence, ...verdict },
          });
          return { stored, version };
        });
      } catch (error) {
        if (!isSequenceTaken(error)) throw error;
        if (attempt >= SEQUENCE_ATTEMPTS) {
          throw new PairwiseError('BUSY', 'Many votes are arriving at once. Please try again.');
        }
        await sleep(Math.random() * 10 * attempt);
      }
    }
  }

  // ---- Lookups ------------------------------------------------------------------------------

  /** The round in a pairwise event; a round of another event is not found. */
  private async pairwiseRound(access: EventAccess, roundId: string): Promise<RoundEntity> {
    if (access.event.judgingMode !== 'pairwise') {
      throw new PairwiseError('NOT_PAIRWISE', 'This event is judged with the rubric, not by comparing pairs.');
    }
    return this.judging.round(access.event.id, roundId);
  }

  /** Checks that the caller may judge in the round now, and gathers what they may judge. */
  private async jurorView(access: EventAccess, user: AuthUser, roundId: string): Promise<JurorView> {
    const round = await this.pairwiseRound(access, roundId);
    if (!(await this.judging.isOnPanel(round.id, user.id))) {
      throw new PairwiseError('NOT_ON_PANEL', 'You are not on the jury panel of this round.');
    }
    if (phaseOf(access.event, this.clock.now()) !== 'judging') {
      throw new PairwiseError('NOT_JUDGING_PHASE', 'Projects are compared only while judging is open.');
    }
    if (round.lockedAt) throw new PairwiseError('ROUND_LOCKED', 'This round is locked: its votes no longer change.');
    const [entries, declared, team] = await Promise.all([
      this.entriesOf(round),
      this.judging.conflictedSubmissionIds(access.event.id, user.id),
      this.teams.teamOf(access.event.id, user.id),
    ]);
    const conflicts = new Set(declared);
    for (const entry of entries.values()) if (team && entry.teamId === team.id) conflicts.add(entry.submissionId);
    const eligible = [...entries.keys()].filter((id) => !conflicts.has(id)).sort();
    return { round, entries, conflicts, eligible };
  }

  /** The round's entries that are submitted projects (drafts are never judged), by submission id. */
  private async entriesOf(round: RoundEntity): Promise<Map<string, EntryRow>> {
    const rows = await this.judging.entries([round.id]);
    return new Map(rows.map((row) => [row.submissionId, row]));
  }
}

/** Each named project must be an entry of the round (404) that the juror has no conflict with (403). */
function assertJudgeable(view: JurorView, ids: Record<string, string>): void {
  const missing: Record<string, string> = {};
  const conflicted: Record<string, string> = {};
  for (const [field, id] of Object.entries(ids)) {
    if (!view.entries.has(id)) missing[field] = 'is not a project of this round';
    else if (view.conflicts.has(id)) conflicted[field] = 'is a project you have a conflict of interest with';
  }
  if (Object.keys(missing).length > 0) {
    throw new PairwiseError('SUBMISSION_NOT_FOUND', 'This round has no such project.', missing);
  }
  if (Object.keys(conflicted).length > 0) {
    throw new PairwiseError(
      'CONFLICT_OF_INTEREST',
      'You have a conflict of interest with this project, so you cannot judge it.',
      conflicted,
    );
  }
}

function samePair(pair: Pair, other: Pair): boolean {
  return (pair[0] === other[0] && pair[1] === other[1]) || (pair[0] === other[1] && pair[1] === other[0]);
}

function itemsOf(entries: Map<string, EntryRow>): ModelItem[] {
  return [...entries.values()].map((entry) => ({
    id: entry.submissionId,
    challengeId: entry.challengeId,
    submittedAt: entry.submittedAt?.getTime() ?? null,
  }));
}

function toRecordDto(row: PairwiseVoteEntity): PairwiseRecordDto {
  return {
    id: row.id,
    roundId: row.roundId,
    kind: row.skippedId ? 'skip' : 'vote',
    winnerId: row.winnerId,
    loserId: row.loserId,
    skippedId: row.skippedId,
    sequence: row.sequence,
    at: row.createdAt.toISOString(),
  };
}
