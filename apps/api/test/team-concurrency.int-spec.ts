import type { EventDto, TeamDto } from '@hackboard/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ChallengeEntity } from '../src/challenges/challenge.entity.js';
import { OrganizationEntity } from '../src/organizations/organization.entity.js';
import { REVISION_FOLD_MS } from '../src/submissions/revision-folding.js';
import { SubmissionRevisionEntity } from '../src/submissions/submission-revision.entity.js';
import { SubmissionEntity } from '../src/submissions/submission.entity.js';
import { TeamMemberEntity } from '../src/teams/team-member.entity.js';
import { TeamEntity } from '../src/teams/team.entity.js';
import { type TestUser, createEvent, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';

/**
 * Races that only a real multi-connection database can produce: several API requests in flight at
 * once, each in its own transaction on its own connection. The database constraints and the
 * conditional updates must settle every race the same way a single request at a time would.
 */
const describePostgres = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;

describePostgres('concurrent team and submission changes on postgres', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp('postgres', { DB_POOL_SIZE: '25' })));
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set('2026-05-20T10:00:00Z'));

  const db = () => t.app.get(DataSource);

  async function participants(event: EventDto, count: number): Promise<TestUser[]> {
    const users = await Promise.all(Array.from({ length: count }, (_, i) => registerUser(t, `Racer ${i}`)));
    for (const user of users) await user.agent.post(`/api/events/${event.id}/join`).expect(200);
    return users;
  }

  async function createTeam(event: EventDto, captain: TestUser): Promise<TeamDto> {
    const name = `Team ${randomBytes(3).toString('hex')}`;
    return (await captain.agent.post(`/api/events/${event.id}/teams`).send({ name }).expect(201)).body;
  }

  const join = (event: EventDto, user: TestUser, inviteCode: string) =>
    user.agent.post(`/api/events/${event.id}/teams/join`).send({ inviteCode });

  it('lets exactly as many of 20 racing participants join as the team has places', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer, { maxTeamSize: 5 });
    const [captain, ...racers] = await participants(event, 21);
    const team = await createTeam(event, captain!);
    // The captain holds one place: empty the team to give the 20 racers all five.
    await db().getRepository(TeamMemberEntity).delete({ teamId: team.id });
    await db().getRepository(TeamEntity).update({ id: team.id }, { memberCount: 0 });

    const responses = await Promise.all(racers.map((racer) => join(event, racer, team.inviteCode)));
    const outcomes = responses.map((response) => `${response.status} ${response.body.code ?? ''}`.trim());
    expect(outcomes.filter((outcome) => outcome === '200')).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome === '409 TEAM_FULL')).toHaveLength(15);

    const stored = await db().getRepository(TeamEntity).findOneByOrFail({ id: team.id });
    expect(stored.memberCount).toBe(5);
    expect(await db().getRepository(TeamMemberEntity).countBy({ teamId: team.id })).toBe(5);
  });

  it('puts a participant racing to join two teams into exactly one of them', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer, { maxTeamSize: 10 });
    const [captainA, captainB, ...racers] = await participants(event, 10);
    const [teamA, teamB] = [await createTeam(event, captainA!), await createTeam(event, captainB!)];

    for (const racer of racers) {
      const responses = await Promise.all([
        join(event, racer, teamA.inviteCode),
        join(event, racer, teamB.inviteCode),
        join(event, racer, teamA.inviteCode),
        join(event, racer, teamB.inviteCode),
      ]);
      const outcomes = responses.map((response) => `${response.status} ${response.body.code ?? ''}`.trim());
      expect(outcomes.filter((outcome) => outcome === '200')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === '409 ALREADY_IN_TEAM')).toHaveLength(3);
      expect(await db().getRepository(TeamMemberEntity).countBy({ eventId: event.id, userId: racer.id })).toBe(1);
    }

    // Every place taken belongs to a member: the counts match the rows.
    for (const team of [teamA, teamB]) {
      const stored = await db().getRepository(TeamEntity).findOneByOrFail({ id: team.id });
      expect(stored.memberCount).toBe(await db().getRepository(TeamMemberEntity).countBy({ teamId: team.id }));
    }
    expect(await db().getRepository(TeamMemberEntity).countBy({ eventId: event.id })).toBe(10);
  });

  it('saves exactly one of 10 concurrent edits based on the same version', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer, { maxTeamSize: 10 });
    const members = await participants(event, 10);
    const team = await createTeam(event, members[0]!);
    for (const member of members.slice(1)) await join(event, member, team.inviteCode).expect(200);
    const organization = await db()
      .getRepository(OrganizationEntity)
      .save({ name: `Kommun ${randomBytes(3).toString('hex')}`, kind: 'municipality', website: null });
    const challenge = await db()
      .getRepository(ChallengeEntity)
      .save({ eventId: event.id, organizationId: organization.id, title: 'Race' });
    const created = await members[0]!.agent
      .post(`/api/events/${event.id}/submissions`)
      .send({ challengeId: challenge.id, title: 'Start' })
      .expect(201);
    const path = `/api/events/${event.id}/submissions/${created.body.id}`;
    // Past the fold window: whoever wins, even the creator, makes a revision of their own.
    t.clock.set(new Date(Date.parse('2026-05-20T10:00:00Z') + REVISION_FOLD_MS + 1).toISOString());

    const responses = await Promise.all(
      members.map((member, i) =>
        member.agent
          .patch(path)
          .send({ version: 1, summary: `Edit ${i}`, datasets: [{ title: `D${i}`, url: `https://d.se/${i}` }] }),
      ),
    );
    const winners = responses.filter((response) => response.status === 200);
    expect(winners).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409 && r.body.code === 'VERSION_CONFLICT')).toHaveLength(9);

    const stored = await db().getRepository(SubmissionEntity).findOneByOrFail({ id: created.body.id });
    expect(stored).toMatchObject({ version: 2, summary: winners[0]!.body.summary });
    const revisions = await db()
      .getRepository(SubmissionRevisionEntity)
      .find({ where: { submissionId: created.body.id }, order: { version: 'ASC' } });
    expect(revisions.map((revision) => revision.version)).toEqual([1, 2]);
    expect(revisions[1]!.snapshot).toMatchObject({
      summary: winners[0]!.body.summary,
      datasets: winners[0]!.body.datasets,
    });
    const current = await members[0]!.agent.get(path).expect(200);
    expect(current.body.datasets).toEqual(winners[0]!.body.datasets);
  });
});
