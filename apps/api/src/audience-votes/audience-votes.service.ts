import type { AudienceBoardDto, AudienceVoteDto } from '@hackboard/contracts';
import { audienceBoard } from '@hackboard/scoring';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import { Clock } from '../common/clock.js';
import { phaseOf } from '../events/event-phase.js';
import type { EventEntity } from '../events/event.entity.js';
import { JudgingChanges } from '../judging/judging-changes.js';
import { JudgingService } from '../judging/judging.service.js';
import { type BoardToStore, LeaderboardsService } from '../leaderboards/leaderboards.service.js';
import { TeamsService } from '../teams/teams.service.js';
import { AudienceVoteError } from './audience-votes.errors.js';
import { AudienceVotesRepository } from './audience-votes.repository.js';

/** Thrown inside the transaction when a vote would change nothing: it rolls back the version bump. */
class NothingChanged extends Error {}

/**
 * The audience vote: everyone registered in the event as a participant, agency member or organizer
 * has one vote per challenge, for a submitted project of that challenge that is not their own
 * team's. Jurors judge and do not vote. Voting is open during the judging phase (from the
 * submission deadline until judging ends); until then a vote can be changed or withdrawn.
 *
 * A vote that changes the board raises the event's leaderboard version in its transaction and is
 * told to the leaderboards (JudgingChanges) once committed, which pushes the update. The boards are
 * stored with the other boards when the leaderboard is frozen or the results are published.
 *
 * Votes are not written to the audit log: it is readable by organizers, and nobody may learn who
 * voted for what.
 */
@Injectable()
export class AudienceVotesService implements OnModuleInit {
  constructor(
    private readonly votes: AudienceVotesRepository,
    private readonly challenges: ChallengesService,
    private readonly teams: TeamsService,
    private readonly judging: JudgingService,
    private readonly leaderboards: LeaderboardsService,
    private readonly changes: JudgingChanges,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.leaderboards.storeWithSnapshots('audience', (access) => this.boardsToStore(access));
  }

  async mine(access: EventAccess, user: AuthUser, challengeId: string): Promise<AudienceVoteDto> {
    assertAudienceVoteOn(access.event);
    const challenge = await this.challenges.getInEvent(access.event.id, challengeId);
    const vote = await this.votes.findVote(challenge.id, user.id);
    return {
      challengeId: challenge.id,
      submissionId: vote?.submissionId ?? null,
      updatedAt: vote?.updatedAt.toISOString() ?? null,
    };
  }

  /** Casts the caller's vote in the challenge, replacing any earlier one; the same vote again changes nothing. */
  async cast(access: EventAccess, user: AuthUser, challengeId: string, submissionId: string): Promise<AudienceVoteDto> {
    const event = access.event;
    assertAudienceVoteOn(event);
    if (access.roles.has('jury')) {
      throw new AudienceVoteError(
        'JUROR_CANNOT_VOTE',
        'Jurors judge the projects and do not take part in the audience vote.',
      );
    }
    const challenge = await this.challenges.getInEvent(event.id, challengeId);
    this.assertVotingOpen(event);
    const submission = await this.votes.findSubmission(event.id, submissionId.toLowerCase());
    if (!submission || submission.challengeId !== challenge.id || submission.status !== 'submitted') {
      throw new AudienceVoteError('SUBMISSION_NOT_FOUND', 'This challenge has no such submitted project.', {
        submissionId: 'is not a submitted project of this challenge',
      });
    }
    const team = await this.teams.teamOf(event.id, user.id);
    if (team && team.id === submission.teamId) {
      throw new AudienceVoteError('OWN_TEAM', 'You cannot vote for your own team’s project.', {
        submissionId: 'is your own team’s project',
      });
    }
    let updatedAt = this.clock.now();
    await this.changeVotes(event.id, async (manager) => {
      const current = await this.votes.findVote(challenge.id, user.id, manager);
      if (current?.submissionId === submission.id) {
        updatedAt = current.updatedAt;
        return false;
      }
      await this.votes.upsert(manager, {
        eventId: event.id,
        challengeId: challenge.id,
        userId: user.id,
        submissionId: submission.id,
        updatedAt,
      });
      return true;
    });
    return { challengeId: challenge.id, submissionId: submission.id, updatedAt: updatedAt.toISOString() };
  }

  /** Withdraws the caller's vote in the challenge; withdrawing when there is none changes nothing. */
  async withdraw(access: EventAccess, user: AuthUser, challengeId: string): Promise<void> {
    assertAudienceVoteOn(access.event);
    const challenge = await this.challenges.getInEvent(access.event.id, challengeId);
    this.assertVotingOpen(access.event);
    await this.changeVotes(access.event.id, (manager) => this.votes.remove(manager, challenge.id, user.id));
  }

  /**
   * Vote counts with shared ranks, for one challenge or the whole event, as the event's leaderboard
   * visibility allows: live for organizers and while the public view is live, otherwise the board
   * stored at the freeze or at publication.
   */
  async board(access: EventAccess, challengeId?: string): Promise<AudienceBoardDto> {
    const event = access.event;
    assertAudienceVoteOn(event);
    const challenge = challengeId ? await this.challenges.getInEvent(event.id, challengeId) : null;
    return this.leaderboards.visibleBoard(access, 'audience', { challengeId: challenge?.id ?? null }, () =>
      this.liveBoard(event, challenge?.id),
    );
  }

  /** The event's board and each challenge's as they stand, for a freeze or publication to store. */
  private async boardsToStore(access: EventAccess): Promise<BoardToStore[]> {
    const event = access.event;
    if (!event.audienceVote) return [];
    const boards: BoardToStore[] = [{ roundId: null, challengeId: null, payload: await this.liveBoard(event) }];
    for (const challenge of await this.challenges.list(access)) {
      boards.push({ roundId: null, challengeId: challenge.id, payload: await this.liveBoard(event, challenge.id) });
    }
    return boards;
  }

  private async liveBoard(event: EventEntity, challengeId?: string): Promise<AudienceBoardDto> {
    const [submissions, counts] = await Promise.all([
      this.votes.submitted(event.id, challengeId),
      this.votes.counts(event.id, challengeId),
    ]);
    const byId = new Map(submissions.map((submission) => [submission.id, submission]));
    // A vote only counts for a project that is still submitted.
    const counted = new Map([...counts].filter(([id]) => byId.has(id)));
    const board = audienceBoard(
      submissions.map((submission) => ({
        id: submission.id,
        challengeId: submission.challengeId,
        submittedAt: submission.submittedAt?.getTime() ?? submission.createdAt.getTime(),
      })),
      counted,
      { challengeId: challengeId ?? null },
    );
    const [teamNames, titles] = await Promise.all([
      this.teams.namesOf(submissions.map((submission) => submission.teamId)),
      this.challengeTitles(
        event,
        submissions.map((submission) => submission.challengeId),
      ),
    ]);
    return {
      challengeId: board.challengeId,
      totalVotes: [...counted.values()].reduce((sum, count) => sum + count, 0),
      snapshot: null,
      standings: board.standings.map((standing) => {
        const submission = byId.get(standing.submissionId)!;
        return {
          rank: standing.rank,
          submissionId: submission.id,
          title: submission.title,
          teamName: teamNames.get(submission.teamId) ?? '',
          challenge: { id: submission.challengeId, title: titles.get(submission.challengeId) ?? '' },
          votes: standing.votes,
        };
      }),
    };
  }

  /**
   * Runs `change` in a transaction that raises the event's leaderboard version, then tells the
   * leaderboards. When `change` answers that nothing changed, the transaction is rolled back and
   * nothing is told.
   */
  private async changeVotes(eventId: string, change: (manager: EntityManager) => Promise<boolean>): Promise<void> {
    let version: number;
    try {
      version = await this.dataSource.transaction(async (manager) => {
        // First, so that votes of one event take turns and versions follow commit order.
        const version = await this.judging.bumpLeaderboardVersion(manager, eventId);
        if (!(await change(manager))) throw new NothingChanged();
        return version;
      });
    } catch (error) {
      if (error instanceof NothingChanged) return;
      throw error;
    }
    this.changes.publish({ kind: 'votes', eventId, version });
  }

  private async challengeTitles(event: EventEntity, ids: string[]): Promise<Map<string, string>> {
    const challenges = await Promise.all([...new Set(ids)].map((id) => this.challenges.getInEvent(event.id, id)));
    return new Map(challenges.map((challenge) => [challenge.id, challenge.title]));
  }

  private assertVotingOpen(event: EventEntity): void {
    if (phaseOf(event, this.clock.now()) !== 'judging') {
      throw new AudienceVoteError(
        'VOTING_CLOSED',
        'The audience vote is open from the submission deadline until judging ends.',
      );
    }
  }
}

function assertAudienceVoteOn(event: EventEntity): void {
  if (!event.audienceVote) {
    throw new AudienceVoteError('AUDIENCE_VOTE_OFF', 'This event has no audience vote.');
  }
}
