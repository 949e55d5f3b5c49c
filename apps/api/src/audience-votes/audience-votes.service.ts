import type { AudienceBoardDto, AudienceVoteDto } from '@hackboard/contracts';
import { audienceBoard } from '@hackboard/scoring';
import { Injectable } from '@nestjs/common';
import type { EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import { Clock } from '../common/clock.js';
import { phaseOf } from '../events/event-phase.js';
import type { EventEntity } from '../events/event.entity.js';
import { leaderboardViewFor } from '../leaderboards/leaderboard-visibility.js';
import { TeamsService } from '../teams/teams.service.js';
import { AudienceVoteError } from './audience-votes.errors.js';
import { AudienceVotesRepository } from './audience-votes.repository.js';

/**
 * The audience vote: everyone registered in the event as a participant, agency member or organizer
 * has one vote per challenge, for a submitted project of that challenge that is not their own
 * team's. Jurors judge and do not vote. Voting is open during the judging phase (from the
 * submission deadline until judging ends); until then a vote can be changed or withdrawn.
 *
 * Votes are not written to the audit log: it is readable by organizers, and nobody may learn who
 * voted for what.
 */
@Injectable()
export class AudienceVotesService {
  constructor(
    private readonly votes: AudienceVotesRepository,
    private readonly challenges: ChallengesService,
    private readonly teams: TeamsService,
    private readonly clock: Clock,
  ) {}

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

  /** Casts the caller's vote in the challenge, replacing any earlier one. */
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
    const now = this.clock.now();
    await this.votes.upsert({
      eventId: event.id,
      challengeId: challenge.id,
      userId: user.id,
      submissionId: submission.id,
      updatedAt: now,
    });
    return { challengeId: challenge.id, submissionId: submission.id, updatedAt: now.toISOString() };
  }

  /** Withdraws the caller's vote in the challenge; withdrawing when there is none changes nothing. */
  async withdraw(access: EventAccess, user: AuthUser, challengeId: string): Promise<void> {
    assertAudienceVoteOn(access.event);
    const challenge = await this.challenges.getInEvent(access.event.id, challengeId);
    this.assertVotingOpen(access.event);
    await this.votes.remove(challenge.id, user.id);
  }

  /**
   * Vote counts with shared ranks, for one challenge or the whole event, as the event's leaderboard
   * visibility allows. Frozen and published snapshots are not served yet: until the leaderboards
   * feature stores them, a caller who may only see a snapshot is refused (organizers always see the
   * live board).
   */
  async board(access: EventAccess, challengeId?: string): Promise<AudienceBoardDto> {
    const event = access.event;
    assertAudienceVoteOn(event);
    const challenge = challengeId ? await this.challenges.getInEvent(event.id, challengeId) : null;
    const view = leaderboardViewFor(access, this.clock.now());
    if (view === 'hidden') {
      throw new AudienceVoteError(
        'LEADERBOARD_HIDDEN',
        'The organizers show the audience vote once results are published.',
      );
    }
    // Voting closes when judging ends, before results can be published: a published board no longer moves.
    if (view === 'frozen-snapshot') {
      throw new AudienceVoteError(
        'SNAPSHOT_UNAVAILABLE',
        'This leaderboard is frozen until the results are published.',
      );
    }
    const [submissions, counts] = await Promise.all([
      this.votes.submitted(event.id, challenge?.id),
      this.votes.counts(event.id, challenge?.id),
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
      { challengeId: challenge?.id ?? null },
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
