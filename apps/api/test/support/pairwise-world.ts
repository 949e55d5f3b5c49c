import type { CreateEventInput, EventDto, PairwisePairDto } from '@hackboard/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ChallengeEntity } from '../../src/challenges/challenge.entity.js';
import { PanelMemberEntity } from '../../src/judging/panel-member.entity.js';
import { RoundEntryEntity } from '../../src/judging/round-entry.entity.js';
import { RoundEntity } from '../../src/judging/round.entity.js';
import { OrganizationEntity } from '../../src/organizations/organization.entity.js';
import { PairwiseVoteEntity } from '../../src/pairwise/pairwise-vote.entity.js';
import { SubmissionEntity } from '../../src/submissions/submission.entity.js';
import { TeamEntity } from '../../src/teams/team.entity.js';
import { type TestUser, createEvent, grantRole, registerUser } from './actors.js';
import type { TestApp } from './test-app.js';

export const keyOf = (a: string, b: string) => [a, b].sort().join('|');

/** Builders and calls shared by the suites below; `app` gives the running test app. */
export function pairwiseFixtures(app: () => TestApp) {
  const db = () => app().app.get(DataSource);
  const unique = (name: string) => `${name} ${randomBytes(3).toString('hex')}`;

  /** A submitted (or draft) project of its own team, stored directly: these tests are about judging. */
  async function project(
    event: EventDto,
    challengeId: string,
    title: string,
    status: 'submitted' | 'draft' = 'submitted',
  ) {
    const team = await db()
      .getRepository(TeamEntity)
      .save({
        eventId: event.id,
        name: unique(`Team ${title}`),
        inviteCode: randomBytes(8).toString('hex'),
        captainId: null,
        maxSize: 5,
        memberCount: 0,
      });
    return db()
      .getRepository(SubmissionEntity)
      .save({
        eventId: event.id,
        teamId: team.id,
        challengeId,
        title,
        status,
        submittedAt: status === 'submitted' ? new Date('2026-05-21T12:00:00Z') : null,
      });
  }

  async function juror(event: EventDto, roundId: string | null, name = 'Juror'): Promise<TestUser> {
    const user = await registerUser(app(), name);
    await grantRole(app(), event.id, user, 'jury');
    if (roundId) await db().getRepository(PanelMemberEntity).save({ roundId, userId: user.id });
    return user;
  }

  /**
   * A pairwise event (live leaderboard) with one challenge, a round holding `titles` as submitted
   * projects, and `jurors` jurors on its panel.
   */
  async function world(options: { titles?: string[]; jurors?: number; event?: Partial<CreateEventInput> } = {}) {
    const titles = options.titles ?? ['Alfa', 'Bravo', 'Charlie', 'Delta'];
    const organizer = await registerUser(app(), 'Organizer');
    const event = await createEvent(app(), organizer, {
      judgingMode: 'pairwise',
      leaderboardVisibility: 'live',
      ...options.event,
    });
    const organization = await db()
      .getRepository(OrganizationEntity)
      .save({ name: unique('Kommun'), kind: 'municipality', website: null });
    const challenge = await db()
      .getRepository(ChallengeEntity)
      .save({ eventId: event.id, organizationId: organization.id, title: 'Trygga skolvägar' });
    const round = await db()
      .getRepository(RoundEntity)
      .save({ eventId: event.id, name: 'Final', kind: 'final', challengeId: null });
    const projects: SubmissionEntity[] = [];
    for (const title of titles) {
      const submission = await project(event, challenge.id, title);
      await db().getRepository(RoundEntryEntity).save({ roundId: round.id, submissionId: submission.id });
      projects.push(submission);
    }
    const jurors: TestUser[] = [];
    for (let i = 0; i < (options.jurors ?? 2); i++) jurors.push(await juror(event, round.id, `Juror ${i + 1}`));
    return { organizer, event, challenge, round, projects, jurors };
  }

  const base = (event: EventDto, roundId: string) => `/api/events/${event.id}/rounds/${roundId}/pairwise`;

  async function next(user: TestUser, event: EventDto, roundId: string): Promise<PairwisePairDto | null> {
    const response = await user.agent.get(`${base(event, roundId)}/next`);
    if (response.status === 204) return null;
    if (response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async function vote(user: TestUser, event: EventDto, roundId: string, winnerId: string, loserId: string) {
    const response = await user.agent.post(`${base(event, roundId)}/votes`).send({ winnerId, loserId });
    if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** The juror judges every pair they are offered, preferring the project that comes first in `order`. */
  async function judgeAll(user: TestUser, event: EventDto, roundId: string, order: string[]): Promise<string[]> {
    const seen: string[] = [];
    for (let pair = await next(user, event, roundId); pair; pair = await next(user, event, roundId)) {
      seen.push(keyOf(pair.a.id, pair.b.id));
      const aFirst = order.indexOf(pair.a.id) < order.indexOf(pair.b.id);
      await vote(user, event, roundId, aFirst ? pair.a.id : pair.b.id, aFirst ? pair.b.id : pair.a.id);
    }
    return seen;
  }

  const storedRecords = (roundId: string) =>
    db()
      .getRepository(PairwiseVoteEntity)
      .find({ where: { roundId }, order: { sequence: 'ASC' } });

  return { db, project, juror, world, base, next, vote, judgeAll, storedRecords };
}
