import type {
  PairwiseJurorDto,
  PairwiseLeaderboardDto,
  PairwisePairDto,
  PairwiseRecordDto,
  PairwiseSubmissionDto,
  PairwiseVoteInput,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { type EventAccess } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import { Clock } from '../common/clock.js';
import { phaseOf } from '../events/event-phase.js';
import type { EventEntity } from '../events/event.entity.js';
import type { RoundEntity } from '../judging/round.entity.js';
import { leaderboardViewFor } from '../leaderboards/leaderboard-visibility.js';
import type { SubmissionEntity } from '../submissions/submission.entity.js';
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
  /** The round's entries that are submitted projects of the event, by id. */
  entries: Map<string, SubmissionEntity>;
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
 */
@Injectable()
export class PairwiseService {
  constructor(
    private readonly pairwise: PairwiseRepository,
    private readonly models: RoundModels,
    private readonly offers: PairwiseOffers,
    private readonly teams: TeamsService,
    private readonly challenges: ChallengesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

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
    const [a, b] = await this.submissionDtos(access.event, [view.entries.get(pair[0])!, view.entries.get(pair[1])!]);
    return { a: a!, b: b! };
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
   * The round's pairwise board, as the event's leaderboard visibility allows. Votes are taken only
   * while judging runs and publication needs judging to have ended, so once results are published the
   * board can no longer move and is served as it stands. A frozen board stays closed to the public
   * until publication (organizers always see it live).
   */
  async leaderboard(access: EventAccess, roundId: string): Promise<PairwiseLeaderboardDto> {
    const round = await this.pairwiseRound(access, roundId);
    const view = leaderboardViewFor(access, this.clock.now());
    if (view === 'hidden') {
      throw new PairwiseError('LEADERBOARD_HIDDEN', 'The organizers show this leaderboard once results are published.');
    }
    if (view === 'frozen-snapshot') {
      throw new PairwiseError('SNAPSHOT_UNAVAILABLE', 'This leaderboard is frozen until the results are published.');
    }
    const entries = await this.entriesOf(access.event, round);
    const items = itemsOf(entries);
    const model = await this.models.current(round.id, items);
    const teamNames = await this.teams.namesOf([...entries.values()].map((entry) => entry.teamId));
    return {
      roundId: round.id,
      roundName: round.name,
      method: 'crowd-bt',
      votes: model.votes,
      standings: model.standings(items).map((standing) => {
        const entry = entries.get(standing.submissionId)!;
        return {
          ...standing,
          title: entry.title,
          teamName: teamNames.get(entry.teamId) ?? '',
        };
      }),
    };
  }

  /** For organizers: every juror of the panel (and anyone who voted before leaving it), with CrowdBT's view of them. */
  async jurors(access: EventAccess, roundId: string): Promise<PairwiseJurorDto[]> {
    const round = await this.pairwiseRound(access, roundId);
    const [entries, panel] = await Promise.all([
      this.entriesOf(access.event, round),
      this.pairwise.panelUserIds(round.id),
    ]);
    const model = await this.models.current(round.id, itemsOf(entries));
    const onPanel = new Set(panel);
    const ids = [...new Set([...panel, ...model.jurorIds()])];
    const users = await Promise.all(ids.map((id) => this.users.findActive(id)));
    return ids
      .map((id, index) => {
        const juror = model.juror(id);
        return {
          jurorId: id,
          displayName: users[index]?.displayName ?? '',
          onPanel: onPanel.has(id),
          votes: juror.votes,
          skips: juror.skips,
          alpha: juror.alpha,
          beta: juror.beta,
          reliability: juror.reliability,
        };
      })
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv') || a.jurorId.localeCompare(b.jurorId));
  }

  // ---- Helpers ------------------------------------------------------------------------------

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
    let stored: PairwiseVoteEntity;
    try {
      stored = await this.store(access, user, round, verdict);
    } catch (error) {
      if (taken === 'taken' && offered) await this.offers.offer(round.id, user.id, offered);
      throw error;
    }
    await this.models.committed(stored);
    return toRecordDto(stored);
  }

  private async store(
    access: EventAccess,
    user: AuthUser,
    round: RoundEntity,
    verdict: Pick<PairwiseVoteEntity, 'winnerId' | 'loserId' | 'skippedId'>,
  ): Promise<PairwiseVoteEntity> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
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
          return stored;
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

  /** The round in a pairwise event; a round of another event is not found. */
  private async pairwiseRound(access: EventAccess, roundId: string): Promise<RoundEntity> {
    if (access.event.judgingMode !== 'pairwise') {
      throw new PairwiseError('NOT_PAIRWISE', 'This event is judged with the rubric, not by comparing pairs.');
    }
    const round = await this.pairwise.findRound(access.event.id, roundId.toLowerCase());
    if (!round) throw new PairwiseError('ROUND_NOT_FOUND', 'This event has no such judging round.');
    return round;
  }

  /** Checks that the caller may judge in the round now, and gathers what they may judge. */
  private async jurorView(access: EventAccess, user: AuthUser, roundId: string): Promise<JurorView> {
    const round = await this.pairwiseRound(access, roundId);
    if (!(await this.pairwise.isOnPanel(round.id, user.id))) {
      throw new PairwiseError('NOT_ON_PANEL', 'You are not on the jury panel of this round.');
    }
    if (phaseOf(access.event, this.clock.now()) !== 'judging') {
      throw new PairwiseError('NOT_JUDGING_PHASE', 'Projects are compared only while judging is open.');
    }
    if (round.lockedAt) throw new PairwiseError('ROUND_LOCKED', 'This round is locked: its votes no longer change.');
    const [entries, declared, team] = await Promise.all([
      this.entriesOf(access.event, round),
      this.pairwise.conflictedSubmissionIds(access.event.id, user.id),
      this.teams.teamOf(access.event.id, user.id),
    ]);
    const conflicts = new Set(declared);
    for (const entry of entries.values()) if (team && entry.teamId === team.id) conflicts.add(entry.id);
    const eligible = [...entries.keys()].filter((id) => !conflicts.has(id)).sort();
    return { round, entries, conflicts, eligible };
  }

  /** The round's entries that are submitted projects of the event (drafts are never judged). */
  private async entriesOf(event: EventEntity, round: RoundEntity): Promise<Map<string, SubmissionEntity>> {
    const rows = await this.pairwise.submittedInEvent(event.id, await this.pairwise.entryIds(round.id));
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async submissionDtos(event: EventEntity, rows: SubmissionEntity[]): Promise<PairwiseSubmissionDto[]> {
    const [teamNames, challenges] = await Promise.all([
      this.teams.namesOf(rows.map((row) => row.teamId)),
      Promise.all(
        [...new Set(rows.map((row) => row.challengeId))].map((id) => this.challenges.getInEvent(event.id, id)),
      ),
    ]);
    const titles = new Map(challenges.map((challenge) => [challenge.id, challenge.title]));
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      summary: row.summary,
      description: row.description,
      teamName: teamNames.get(row.teamId) ?? '',
      challenge: { id: row.challengeId, title: titles.get(row.challengeId) ?? '' },
      repositoryUrl: row.repositoryUrl,
      demoUrl: row.demoUrl,
      videoUrl: row.videoUrl,
      images: row.images,
    }));
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

function itemsOf(entries: Map<string, SubmissionEntity>): ModelItem[] {
  return [...entries.values()].map((entry) => ({
    id: entry.id,
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
