import type { CreateEventInput, EventDto } from '@hackboard/contracts';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AudienceVoteEntity } from '../src/audience-votes/audience-vote.entity.js';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity.js';
import { ChallengeEntity } from '../src/challenges/challenge.entity.js';
import { EventEntity } from '../src/events/event.entity.js';
import { OrganizationEntity } from '../src/organizations/organization.entity.js';
import { SubmissionEntity } from '../src/submissions/submission.entity.js';
import { TeamMemberEntity } from '../src/teams/team-member.entity.js';
import { TeamEntity } from '../src/teams/team.entity.js';
import { type TestUser, createEvent, grantRole, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const HACKING = '2026-05-20T10:00:00Z';
const JUDGING = '2026-05-22T10:00:00Z';
const CLOSED = '2026-05-24T10:00:00Z';
const MISSING = '00000000-0000-4000-8000-000000000000';

/** Builders and calls shared by the suites below; `app` gives the running test app. */
function fixtures(app: () => TestApp) {
  const db = () => app().app.get(DataSource);
  const unique = (name: string) => `${name} ${randomBytes(3).toString('hex')}`;

  async function participant(event: EventDto, name = 'Participant'): Promise<TestUser> {
    const user = await registerUser(app(), name);
    await grantRole(app(), event.id, user, 'participant');
    return user;
  }

  /** A team with these members and a project to the challenge, stored directly: these tests are about voting. */
  async function project(
    event: EventDto,
    challengeId: string,
    title: string,
    members: TestUser[] = [],
    status: 'submitted' | 'draft' = 'submitted',
  ) {
    const team = await db()
      .getRepository(TeamEntity)
      .save({
        eventId: event.id,
        name: unique(`Team ${title}`),
        inviteCode: randomBytes(8).toString('hex'),
        captainId: members[0]?.id ?? null,
        maxSize: 5,
        memberCount: members.length,
      });
    for (const member of members) {
      await db().getRepository(TeamMemberEntity).save({ teamId: team.id, eventId: event.id, userId: member.id });
    }
    return db()
      .getRepository(SubmissionEntity)
      .save({
        eventId: event.id,
        teamId: team.id,
        challengeId,
        title,
        status,
        submittedAt: status === 'submitted' ? new Date(`2026-05-21T1${title.length % 6}:00:00Z`) : null,
      });
  }

  /**
   * An event (live leaderboard, audience vote on) with challenges A and B; Alice's team has project
   * A1 (submitted) and a draft to B, Carol's team has A2; Dave is a participant without a team.
   */
  async function world(overrides: Partial<CreateEventInput> = {}) {
    const organizer = await registerUser(app(), 'Organizer');
    const event = await createEvent(app(), organizer, { leaderboardVisibility: 'live', ...overrides });
    const organization = await db()
      .getRepository(OrganizationEntity)
      .save({ name: unique('Myndighet'), kind: 'national-agency', website: null });
    const challenge = (title: string) =>
      db().getRepository(ChallengeEntity).save({ eventId: event.id, organizationId: organization.id, title });
    const [challengeA, challengeB] = [await challenge('Trygga skolvägar'), await challenge('Renare luft')];
    const [alice, carol, dave] = [
      await participant(event, 'Alice'),
      await participant(event, 'Carol'),
      await participant(event, 'Dave'),
    ];
    const a1 = await project(event, challengeA.id, 'Skolväg', [alice]);
    const a2 = await project(event, challengeA.id, 'Cykelkarta', [carol]);
    const aliceDraft = await project(event, challengeB.id, 'Luftkoll', [], 'draft');
    await db().getRepository(SubmissionEntity).update({ id: aliceDraft.id }, { teamId: a1.teamId });
    const agency = await registerUser(app(), 'Agency');
    await grantRole(app(), event.id, agency, 'agency', organization.id);
    const juror = await registerUser(app(), 'Juror');
    await grantRole(app(), event.id, juror, 'jury');
    return { organizer, event, challengeA, challengeB, alice, carol, dave, a1, a2, aliceDraft, agency, juror };
  }

  const voteUrl = (event: EventDto, challengeId: string) =>
    `/api/events/${event.id}/challenges/${challengeId}/audience-vote`;
  const boardUrl = (event: EventDto, challengeId?: string) =>
    `/api/events/${event.id}/audience-board${challengeId ? `?challengeId=${challengeId}` : ''}`;
  const rows = (eventId: string) => db().getRepository(AudienceVoteEntity).find({ where: { eventId } });

  return { db, participant, project, world, voteUrl, boardUrl, rows };
}

describe.each(drivers())('audience vote on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(JUDGING));
  const { db, participant, project, world, voteUrl, boardUrl, rows } = fixtures(() => t);

  it('keeps one vote per person and challenge: voting again replaces the first', async () => {
    const w = await world();
    const url = voteUrl(w.event, w.challengeA.id);
    const none = await w.dave.agent.get(url).expect(200);
    expect(none.body).toEqual({ challengeId: w.challengeA.id, submissionId: null, updatedAt: null });

    const first = await w.dave.agent.put(url).send({ submissionId: w.a1.id }).expect(200);
    expect(first.body).toEqual({
      challengeId: w.challengeA.id,
      submissionId: w.a1.id,
      updatedAt: JUDGING.replace('Z', '.000Z'),
    });
    t.clock.set('2026-05-22T11:00:00Z');
    await w.dave.agent.put(url).send({ submissionId: w.a2.id }).expect(200);
    const mine = await w.dave.agent.get(url).expect(200);
    expect(mine.body).toMatchObject({ submissionId: w.a2.id, updatedAt: '2026-05-22T11:00:00.000Z' });
    expect(await rows(w.event.id)).toMatchObject([{ userId: w.dave.id, submissionId: w.a2.id }]);

    // Alice votes in challenge A too; nobody's vote is written to the audit log.
    await w.alice.agent.put(url).send({ submissionId: w.a2.id }).expect(200);
    expect(await rows(w.event.id)).toHaveLength(2);
    const audit = await db()
      .getRepository(AuditEntryEntity)
      .find({ where: { eventId: w.event.id } });
    expect(audit.filter((entry) => entry.action.includes('vote'))).toEqual([]);
  });

  it('refuses a vote for the voter’s own team', async () => {
    const w = await world();
    const refused = await w.alice.agent
      .put(voteUrl(w.event, w.challengeA.id))
      .send({ submissionId: w.a1.id })
      .expect(403);
    expect(refused.body).toMatchObject({ code: 'OWN_TEAM', fields: { submissionId: expect.any(String) } });
    expect(await rows(w.event.id)).toEqual([]);
  });

  it('accepts only submitted projects of the challenge, and answers 400 for bad input', async () => {
    const w = await world();
    const urlB = voteUrl(w.event, w.challengeB.id);
    const draft = await w.dave.agent.put(urlB).send({ submissionId: w.aliceDraft.id }).expect(404);
    expect(draft.body).toMatchObject({ code: 'SUBMISSION_NOT_FOUND', fields: { submissionId: expect.any(String) } });
    // A project of challenge A does not count in challenge B.
    await w.dave.agent.put(urlB).send({ submissionId: w.a1.id }).expect(404);
    await w.dave.agent.put(urlB).send({ submissionId: MISSING }).expect(404);
    const other = await world();
    await w.dave.agent.put(voteUrl(w.event, w.challengeA.id)).send({ submissionId: other.a1.id }).expect(404);
    const foreignChallenge = await w.dave.agent
      .put(voteUrl(w.event, other.challengeA.id))
      .send({ submissionId: other.a1.id })
      .expect(404);
    expect(foreignChallenge.body.code).toBe('CHALLENGE_NOT_FOUND');

    const bad = await w.dave.agent
      .put(voteUrl(w.event, w.challengeA.id))
      .send({ submissionId: 'a1', extra: true })
      .expect(400);
    expect(bad.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { submissionId: 'must be an id (UUID)', extra: 'is not a known field' },
    });
    const missing = await w.dave.agent.put(voteUrl(w.event, w.challengeA.id)).send({}).expect(400);
    expect(missing.body.fields).toEqual({ submissionId: 'is required' });
    const badChallenge = await w.dave.agent
      .put(voteUrl(w.event, 'challenge-a'))
      .send({ submissionId: w.a1.id })
      .expect(400);
    expect(badChallenge.body.fields).toEqual({ challengeId: 'must be a UUID' });
    expect(await rows(w.event.id)).toEqual([]);
  });

  it('opens voting from the submission deadline until judging ends', async () => {
    const w = await world();
    const url = voteUrl(w.event, w.challengeA.id);
    t.clock.set(JUDGING);
    await w.dave.agent.put(url).send({ submissionId: w.a1.id }).expect(200);
    for (const now of [HACKING, CLOSED]) {
      t.clock.set(now);
      const refused = await w.dave.agent.put(url).send({ submissionId: w.a2.id }).expect(409);
      expect(refused.body.code).toBe('VOTING_CLOSED');
      expect((await w.dave.agent.delete(url).expect(409)).body.code).toBe('VOTING_CLOSED');
    }
    // The vote stands as cast, and can still be read.
    expect((await w.dave.agent.get(url).expect(200)).body.submissionId).toBe(w.a1.id);
    expect(await rows(w.event.id)).toMatchObject([{ submissionId: w.a1.id }]);
  });

  it('counts the votes with shared ranks and never shows who voted for what', async () => {
    const w = await world();
    const a3 = await project(w.event, w.challengeA.id, 'Trafikljus', [await participant(w.event, 'Erik')]);
    const b1 = await project(w.event, w.challengeB.id, 'Luftsensor', [await participant(w.event, 'Frida')]);
    const voters = [w.dave, w.carol, w.agency, w.organizer];
    // A1: Dave, Carol; A2: Agency, Organizer; A3: none. In B, Dave votes B1.
    await w.dave.agent.put(voteUrl(w.event, w.challengeA.id)).send({ submissionId: w.a1.id }).expect(200);
    await w.carol.agent.put(voteUrl(w.event, w.challengeA.id)).send({ submissionId: w.a1.id }).expect(200);
    await w.agency.agent.put(voteUrl(w.event, w.challengeA.id)).send({ submissionId: w.a2.id }).expect(200);
    await w.organizer.agent.put(voteUrl(w.event, w.challengeA.id)).send({ submissionId: w.a2.id }).expect(200);
    await w.dave.agent.put(voteUrl(w.event, w.challengeB.id)).send({ submissionId: b1.id }).expect(200);

    const board = await request(t.http).get(boardUrl(w.event, w.challengeA.id)).expect(200);
    expect(board.body.challengeId).toBe(w.challengeA.id);
    expect(board.body.totalVotes).toBe(4);
    const standings = board.body.standings as Array<{ submissionId: string; rank: number | null; votes: number }>;
    expect(standings.map((s) => [s.rank, s.votes])).toEqual([
      [1, 2],
      [1, 2],
      [null, 0],
    ]);
    expect(new Set(standings.slice(0, 2).map((s) => s.submissionId))).toEqual(new Set([w.a1.id, w.a2.id]));
    expect(standings[2]).toMatchObject({
      submissionId: a3.id,
      title: 'Trafikljus',
      challenge: { id: w.challengeA.id },
    });
    const text = JSON.stringify(board.body);
    for (const voter of voters) expect(text).not.toContain(voter.id);

    const event = await request(t.http).get(boardUrl(w.event)).expect(200);
    expect(event.body.challengeId).toBeNull();
    expect(event.body.totalVotes).toBe(5);
    expect(event.body.standings.map((s: { votes: number }) => s.votes)).toEqual([2, 2, 1, 0]);
    expect(event.body.standings.map((s: { rank: number | null }) => s.rank)).toEqual([1, 1, 3, null]);
    // Drafts are never on the board.
    expect(text).not.toContain(w.aliceDraft.id);
    expect(JSON.stringify(event.body)).not.toContain(w.aliceDraft.id);
  });

  it('withdraws a vote', async () => {
    const w = await world();
    const url = voteUrl(w.event, w.challengeA.id);
    await w.dave.agent.put(url).send({ submissionId: w.a1.id }).expect(200);
    await w.dave.agent.delete(url).expect(204);
    expect((await w.dave.agent.get(url).expect(200)).body.submissionId).toBeNull();
    await w.dave.agent.delete(url).expect(204);
    expect(await rows(w.event.id)).toEqual([]);
    const board = await request(t.http).get(boardUrl(w.event, w.challengeA.id)).expect(200);
    expect(board.body.totalVotes).toBe(0);
  });

  it('lets participants, agency members and organizers vote, but not jurors nor outsiders', async () => {
    const w = await world();
    const url = voteUrl(w.event, w.challengeA.id);
    await w.agency.agent.put(url).send({ submissionId: w.a1.id }).expect(200);
    await w.organizer.agent.put(url).send({ submissionId: w.a1.id }).expect(200);
    expect((await w.juror.agent.put(url).send({ submissionId: w.a1.id }).expect(403)).body.code).toBe('FORBIDDEN');
    // An organizer who is also a juror judges, and so does not vote.
    const judgingOrganizer = await registerUser(t, 'Organizer and juror');
    await grantRole(t, w.event.id, judgingOrganizer, 'organizer');
    await grantRole(t, w.event.id, judgingOrganizer, 'jury');
    const refused = await judgingOrganizer.agent.put(url).send({ submissionId: w.a1.id }).expect(403);
    expect(refused.body.code).toBe('JUROR_CANNOT_VOTE');
    const outsider = await registerUser(t, 'Outsider');
    await outsider.agent.put(url).send({ submissionId: w.a1.id }).expect(403);
    await request(t.http).put(url).send({ submissionId: w.a1.id }).expect(401);
    expect(await rows(w.event.id)).toHaveLength(2);
  });

  it('is off in an event without an audience vote', async () => {
    const w = await world({ audienceVote: false });
    const url = voteUrl(w.event, w.challengeA.id);
    expect((await w.dave.agent.put(url).send({ submissionId: w.a1.id }).expect(409)).body.code).toBe(
      'AUDIENCE_VOTE_OFF',
    );
    await w.dave.agent.get(url).expect(409);
    await request(t.http).get(boardUrl(w.event)).expect(409);
    expect(await rows(w.event.id)).toEqual([]);
  });

  it('hides the board from all but organizers until publication when the event says so', async () => {
    const w = await world({ leaderboardVisibility: 'organizers-until-published' });
    const hidden = await w.dave.agent.get(boardUrl(w.event)).expect(403);
    expect(hidden.body.code).toBe('LEADERBOARD_HIDDEN');
    await request(t.http).get(boardUrl(w.event, w.challengeA.id)).expect(403);
    expect((await w.organizer.agent.get(boardUrl(w.event)).expect(200)).body.snapshot).toBeNull();
    const other = await world();
    await w.organizer.agent.get(boardUrl(w.event, other.challengeA.id)).expect(404);
  });

  it('shows the public the boards stored at the freeze, and the boards stored at publication for good', async () => {
    const w = await world({ leaderboardVisibility: 'frozen' });
    await w.dave.agent.put(voteUrl(w.event, w.challengeA.id)).send({ submissionId: w.a1.id }).expect(200);
    const [eventBefore, challengeBefore] = await Promise.all([
      request(t.http).get(boardUrl(w.event)).expect(200),
      request(t.http).get(boardUrl(w.event, w.challengeA.id)).expect(200),
    ]);
    expect(eventBefore.body).toMatchObject({ snapshot: null, totalVotes: 1 });

    await w.organizer.agent.post(`/api/events/${w.event.id}/leaderboard/freeze`).expect(200);
    await w.carol.agent.put(voteUrl(w.event, w.challengeA.id)).send({ submissionId: w.a1.id }).expect(200);
    expect((await w.dave.agent.get(boardUrl(w.event)).expect(200)).body).toEqual({
      ...eventBefore.body,
      snapshot: 'frozen',
    });
    expect((await request(t.http).get(boardUrl(w.event, w.challengeA.id)).expect(200)).body).toEqual({
      ...challengeBefore.body,
      snapshot: 'frozen',
    });
    const live = await w.organizer.agent.get(boardUrl(w.event)).expect(200);
    expect(live.body).toMatchObject({ snapshot: null, totalVotes: 2 });
    // A challenge added after the freeze was not part of it.
    const later = await db()
      .getRepository(ChallengeEntity)
      .save({ eventId: w.event.id, organizationId: w.challengeA.organizationId, title: 'Sent utmaning' });
    const missing = await request(t.http).get(boardUrl(w.event, later.id)).expect(404);
    expect(missing.body.code).toBe('LEADERBOARD_NOT_FOUND');

    t.clock.set(CLOSED);
    await w.organizer.agent.post(`/api/events/${w.event.id}/leaderboard/publish`).expect(200);
    const published = await request(t.http).get(boardUrl(w.event)).expect(200);
    expect(published.body).toEqual({ ...live.body, snapshot: 'published' });
    // Rows that change afterwards (an erased account's vote) move only the organizers' live board.
    await db().getRepository(AudienceVoteEntity).delete({ eventId: w.event.id });
    expect((await w.organizer.agent.get(boardUrl(w.event)).expect(200)).body.totalVotes).toBe(0);
    expect((await request(t.http).get(boardUrl(w.event)).expect(200)).body).toEqual(published.body);
  });

  it('raises the event’s leaderboard version when a vote changes the board, and only then', async () => {
    const w = await world();
    const url = voteUrl(w.event, w.challengeA.id);
    const version = async () =>
      (await db().getRepository(EventEntity).findOneByOrFail({ id: w.event.id })).leaderboardVersion;
    const start = await version();
    const first = await w.dave.agent.put(url).send({ submissionId: w.a1.id }).expect(200);
    expect(await version()).toBe(start + 1);
    t.clock.set('2026-05-22T11:00:00Z');
    const same = await w.dave.agent.put(url).send({ submissionId: w.a1.id }).expect(200);
    expect(same.body).toEqual(first.body);
    expect(await version()).toBe(start + 1);
    await w.dave.agent.put(url).send({ submissionId: w.a2.id }).expect(200);
    expect(await version()).toBe(start + 2);
    await w.dave.agent.delete(url).expect(204);
    expect(await version()).toBe(start + 3);
    await w.dave.agent.delete(url).expect(204);
    expect(await version()).toBe(start + 3);
  });
});

(process.env['TEST_DATABASE_URL'] ? describe : describe.skip)('audience vote under concurrency on postgres', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp('postgres')));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(JUDGING));
  const { participant, world, voteUrl, boardUrl, rows } = fixtures(() => t);

  it('stores exactly one row for each of 30 people voting at once, and one for a person voting five times at once', async () => {
    const w = await world();
    const voters = await Promise.all(Array.from({ length: 30 }, (_, i) => participant(w.event, `Voter ${i}`)));
    const url = voteUrl(w.event, w.challengeA.id);
    const responses = await Promise.all(
      voters.map((voter, i) => voter.agent.put(url).send({ submissionId: i % 3 === 0 ? w.a2.id : w.a1.id })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(200));
    expect(await rows(w.event.id)).toHaveLength(30);

    const again = await Promise.all(
      Array.from({ length: 5 }, (_, i) => w.dave.agent.put(url).send({ submissionId: i % 2 ? w.a1.id : w.a2.id })),
    );
    expect(again.map((r) => r.status)).toEqual(Array(5).fill(200));
    const stored = await rows(w.event.id);
    expect(stored).toHaveLength(31);
    expect(stored.filter((row) => row.userId === w.dave.id)).toHaveLength(1);

    const board = await request(t.http).get(boardUrl(w.event, w.challengeA.id)).expect(200);
    expect(board.body.totalVotes).toBe(31);
  });
});
