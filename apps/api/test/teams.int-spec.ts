import { INVITE_CODE_ALPHABET, type EventDto, type TeamDto } from '@hackboard/contracts';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ChallengeEntity } from '../src/challenges/challenge.entity.js';
import { OrganizationEntity } from '../src/organizations/organization.entity.js';
import { SubmissionEntity } from '../src/submissions/submission.entity.js';
import { TeamMemberEntity } from '../src/teams/team-member.entity.js';
import { TeamEntity } from '../src/teams/team.entity.js';
import { TeamsService } from '../src/teams/teams.service.js';
import { type TestUser, createEvent, grantRole, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const HACKING = '2026-05-20T10:00:00Z';
const DEADLINE = '2026-05-21T16:00:00Z';
const MISSING = '00000000-0000-4000-8000-000000000000';
const CODE = new RegExp(`^[${INVITE_CODE_ALPHABET}]{12}$`);

describe.each(drivers())('teams on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(HACKING));

  const db = () => t.app.get(DataSource);
  const unique = (name: string) => `${name} ${randomBytes(3).toString('hex')}`;

  async function participant(event: EventDto, name = 'Participant'): Promise<TestUser> {
    const user = await registerUser(t, name);
    await user.agent.post(`/api/events/${event.id}/join`).expect(200);
    return user;
  }

  async function eventWithOrganizer(overrides: Parameters<typeof createEvent>[2] = {}) {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer, overrides);
    return { organizer, event };
  }

  async function createTeam(event: EventDto, captain: TestUser, name = unique('Team')): Promise<TeamDto> {
    const response = await captain.agent.post(`/api/events/${event.id}/teams`).send({ name }).expect(201);
    return response.body;
  }

  async function join(event: EventDto, user: TestUser, inviteCode: string) {
    return user.agent.post(`/api/events/${event.id}/teams/join`).send({ inviteCode });
  }

  /** Everything stored about the event's teams, to show that a refused request changed nothing. */
  async function stored(eventId: string) {
    const teams = await db()
      .getRepository(TeamEntity)
      .find({ where: { eventId }, order: { id: 'ASC' } });
    const members = await db()
      .getRepository(TeamMemberEntity)
      .find({ where: { eventId }, order: { id: 'ASC' } });
    return { teams, members };
  }

  async function auditActions(organizer: TestUser, event: EventDto): Promise<string[]> {
    const log = await organizer.agent.get(`/api/events/${event.id}/audit?limit=100`).expect(200);
    return log.body.items.map((entry: { action: string }) => entry.action);
  }

  /** A submission stored directly: enough for the rule that a team with a submission is kept. */
  async function storeSubmission(eventId: string, teamId: string) {
    const organization = await db()
      .getRepository(OrganizationEntity)
      .save({ name: unique('Kommun'), kind: 'municipality', website: null });
    const challenge = await db()
      .getRepository(ChallengeEntity)
      .save({ eventId, organizationId: organization.id, title: 'Challenge' });
    await db()
      .getRepository(SubmissionEntity)
      .save({ eventId, teamId, challengeId: challenge.id, title: 'Our project', images: [] });
  }

  it('lets a participant create a team, becoming its captain, with an invite code, audited', async () => {
    const { organizer, event } = await eventWithOrganizer();
    const alice = await participant(event, 'Alice');
    const team = await createTeam(event, alice, 'Datadrivna');
    expect(team).toMatchObject({
      name: 'Datadrivna',
      eventId: event.id,
      captainId: alice.id,
      size: 1,
      maxSize: 5,
      members: [{ userId: alice.id, isCaptain: true }],
    });
    expect(team.inviteCode).toMatch(CODE);

    const mine = await alice.agent.get(`/api/events/${event.id}/teams/mine`).expect(200);
    expect(mine.body).toEqual(team);
    expect(await auditActions(organizer, event)).toContain('team.created');
  });

  it('answers 404 for "my team" when the caller is in none', async () => {
    const { event } = await eventWithOrganizer();
    const loner = await participant(event);
    const response = await loner.agent.get(`/api/events/${event.id}/teams/mine`).expect(404);
    expect(response.body.code).toBe('NOT_IN_TEAM');
  });

  it('lets only participants of the event form and join teams', async () => {
    const { organizer, event } = await eventWithOrganizer();
    const team = await createTeam(event, await participant(event));
    const outsider = await registerUser(t, 'Outsider');
    await outsider.agent.post(`/api/events/${event.id}/teams`).send({ name: 'Mine' }).expect(403);
    expect((await join(event, outsider, team.inviteCode)).status).toBe(403);
    await organizer.agent.post(`/api/events/${event.id}/teams`).send({ name: 'Organizers' }).expect(403);
    await request(t.http).post(`/api/events/${event.id}/teams`).send({ name: 'Anon' }).expect(401);

    const { event: other } = await eventWithOrganizer();
    const elsewhere = await participant(other);
    expect((await join(event, elsewhere, team.inviteCode)).status).toBe(403);
    expect((await stored(event.id)).members).toHaveLength(1);
  });

  it('keeps everyone to one team per event', async () => {
    const { event } = await eventWithOrganizer();
    const alice = await participant(event, 'Alice');
    const bob = await participant(event, 'Bob');
    const aliceTeam = await createTeam(event, alice);
    const bobTeam = await createTeam(event, bob);

    const second = await alice.agent
      .post(`/api/events/${event.id}/teams`)
      .send({ name: unique('Again') })
      .expect(409);
    expect(second.body.code).toBe('ALREADY_IN_TEAM');
    const other = await join(event, alice, bobTeam.inviteCode);
    expect([other.status, other.body.code]).toEqual([409, 'ALREADY_IN_TEAM']);
    const own = await join(event, alice, aliceTeam.inviteCode);
    expect([own.status, own.body.code]).toEqual([409, 'ALREADY_IN_TEAM']);

    const { teams, members } = await stored(event.id);
    expect(teams.map((team) => team.memberCount)).toEqual([1, 1]);
    expect(members.filter((member) => member.userId === alice.id)).toHaveLength(1);

    // The same person may be in a team of another event.
    const { event: other2 } = await eventWithOrganizer();
    await alice.agent.post(`/api/events/${other2.id}/join`).expect(200);
    await createTeam(other2, alice);
  });

  it('refuses a team name already taken in the event, naming the field', async () => {
    const { event } = await eventWithOrganizer();
    await createTeam(event, await participant(event), 'Kodkollektivet');
    const late = await participant(event);
    const taken = await late.agent.post(`/api/events/${event.id}/teams`).send({ name: 'Kodkollektivet' }).expect(409);
    expect(taken.body).toMatchObject({ code: 'TEAM_NAME_TAKEN', fields: { name: 'is already taken in this event' } });
    expect((await stored(event.id)).teams).toHaveLength(1);

    const { event: other } = await eventWithOrganizer();
    await createTeam(other, await participant(other), 'Kodkollektivet');
  });

  it('lets participants join with the invite code, however they type it, up to the team size', async () => {
    const { event } = await eventWithOrganizer({ maxTeamSize: 3 });
    const captain = await participant(event, 'Captain');
    const team = await createTeam(event, captain);
    const typed = `${team.inviteCode.slice(0, 4).toLowerCase()}-${team.inviteCode.slice(4, 8)} ${team.inviteCode.slice(8)}`;

    const second = await participant(event, 'Second');
    t.clock.set('2026-05-20T11:00:00Z');
    const joined = await join(event, second, typed);
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ id: team.id, size: 2, maxSize: 3 });
    expect(joined.body.members.map((member: { userId: string }) => member.userId)).toEqual([captain.id, second.id]);

    expect((await join(event, await participant(event), team.inviteCode)).status).toBe(200);
    const fourth = await participant(event, 'Fourth');
    const full = await join(event, fourth, team.inviteCode);
    expect([full.status, full.body.code]).toEqual([409, 'TEAM_FULL']);

    const { teams, members } = await stored(event.id);
    expect(teams[0]!.memberCount).toBe(3);
    expect(members).toHaveLength(3);
    await fourth.agent.get(`/api/events/${event.id}/teams/mine`).expect(404);
  });

  it('holds joins to the event’s current team size when the organizer changes it', async () => {
    const { organizer, event } = await eventWithOrganizer({ maxTeamSize: 4 });
    const team = await createTeam(event, await participant(event));
    expect((await join(event, await participant(event), team.inviteCode)).status).toBe(200);

    await organizer.agent.patch(`/api/events/${event.id}`).send({ maxTeamSize: 2 }).expect(200);
    const full = await join(event, await participant(event), team.inviteCode);
    expect([full.status, full.body.code]).toEqual([409, 'TEAM_FULL']);

    await organizer.agent.patch(`/api/events/${event.id}`).send({ maxTeamSize: 3 }).expect(200);
    const joined = await join(event, await participant(event), team.inviteCode);
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ size: 3, maxSize: 3 });
  });

  it('refuses an unknown invite code and one from another event', async () => {
    const { event } = await eventWithOrganizer();
    const { event: other } = await eventWithOrganizer();
    const foreign = await createTeam(other, await participant(other));
    const joiner = await participant(event);

    const unknown = await join(event, joiner, 'ABCDEFGHJKMN');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'INVITE_CODE_INVALID', fields: { inviteCode: expect.any(String) } });
    const crossEvent = await join(event, joiner, foreign.inviteCode);
    expect([crossEvent.status, crossEvent.body.code]).toEqual([404, 'INVITE_CODE_INVALID']);
    expect((await stored(other.id)).teams[0]!.memberCount).toBe(1);
  });

  it('shows the whole team to its members and the organizers, only its name and size to anyone else', async () => {
    const { organizer, event } = await eventWithOrganizer();
    const captain = await participant(event);
    const team = await createTeam(event, captain);
    const member = await participant(event);
    await join(event, member, team.inviteCode);

    for (const insider of [captain, member, organizer]) {
      const seen = await insider.agent.get(`/api/events/${event.id}/teams/${team.id}`).expect(200);
      expect(seen.body).toMatchObject({ inviteCode: team.inviteCode, size: 2 });
      expect(seen.body.members).toHaveLength(2);
    }
    const rival = await participant(event);
    const jury = await registerUser(t, 'Juror');
    await grantRole(t, event.id, jury, 'jury');
    for (const agent of [rival.agent, jury.agent, request(t.http)]) {
      const seen = await agent.get(`/api/events/${event.id}/teams/${team.id}`).expect(200);
      expect(seen.body).toEqual({ id: team.id, name: team.name, size: 2, maxSize: 5 });
    }

    await captain.agent.get(`/api/events/${event.id}/teams/${MISSING}`).expect(404);
    const { event: other } = await eventWithOrganizer();
    await captain.agent.get(`/api/events/${other.id}/teams/${team.id}`).expect(404);
    await captain.agent.get(`/api/events/${event.id}/teams/not-a-uuid`).expect(400);
  });

  it('hides the teams of an event that is not public from visitors', async () => {
    const { organizer, event } = await eventWithOrganizer();
    const team = await createTeam(event, await participant(event));
    await organizer.agent.patch(`/api/events/${event.id}`).send({ isPublic: false }).expect(200);
    await request(t.http).get(`/api/events/${event.id}/teams/${team.id}`).expect(404);
    await (await registerUser(t)).agent.get(`/api/events/${event.id}/teams/${team.id}`).expect(404);
  });

  it('lists every team with members and invite codes to the organizers, page by page', async () => {
    const { organizer, event } = await eventWithOrganizer();
    const someone = await participant(event);
    await createTeam(event, someone, 'A-laget');
    t.clock.set('2026-05-20T10:01:00Z');
    await createTeam(event, await participant(event), 'B-laget');
    t.clock.set('2026-05-20T10:02:00Z');
    await createTeam(event, await participant(event), 'C-laget');

    const first = await organizer.agent.get(`/api/events/${event.id}/teams?limit=2`).expect(200);
    expect(first.body).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(first.body.items.map((team: TeamDto) => team.name)).toEqual(['A-laget', 'B-laget']);
    expect(first.body.items[0]).toMatchObject({
      inviteCode: expect.stringMatching(CODE),
      members: [expect.any(Object)],
    });
    const second = await organizer.agent.get(`/api/events/${event.id}/teams?limit=2&offset=2`).expect(200);
    expect(second.body.items.map((team: TeamDto) => team.name)).toEqual(['C-laget']);

    await someone.agent.get(`/api/events/${event.id}/teams`).expect(403);
    await request(t.http).get(`/api/events/${event.id}/teams`).expect(401);
    const bad = await organizer.agent.get(`/api/events/${event.id}/teams?limit=0&page=2`).expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['limit', 'page']);
  });

  it('rotates the invite code for the captain only; the old code stops working', async () => {
    const { organizer, event } = await eventWithOrganizer();
    const captain = await participant(event);
    const team = await createTeam(event, captain);
    const member = await participant(event);
    await join(event, member, team.inviteCode);
    const rival = await participant(event);
    await createTeam(event, rival);

    const byMember = await member.agent.post(`/api/events/${event.id}/teams/${team.id}/invite-code`).expect(403);
    expect(byMember.body.code).toBe('NOT_CAPTAIN');
    const byRival = await rival.agent.post(`/api/events/${event.id}/teams/${team.id}/invite-code`).expect(403);
    expect(byRival.body.code).toBe('NOT_A_MEMBER');
    await organizer.agent.post(`/api/events/${event.id}/teams/${team.id}/invite-code`).expect(403);

    const rotated = await captain.agent.post(`/api/events/${event.id}/teams/${team.id}/invite-code`).expect(200);
    expect(rotated.body.inviteCode).toMatch(CODE);
    expect(rotated.body.inviteCode).not.toBe(team.inviteCode);

    const late = await participant(event);
    const old = await join(event, late, team.inviteCode);
    expect([old.status, old.body.code]).toEqual([404, 'INVITE_CODE_INVALID']);
    expect((await join(event, late, rotated.body.inviteCode)).status).toBe(200);
    expect(await auditActions(organizer, event)).toContain('team.invite-code-rotated');
  });

  it('renames a team for the captain only, keeping names unique in the event', async () => {
    const { event } = await eventWithOrganizer();
    const captain = await participant(event);
    const team = await createTeam(event, captain, 'Gamla namnet');
    const member = await participant(event);
    await join(event, member, team.inviteCode);
    await createTeam(event, await participant(event), 'Upptaget');

    const byMember = await member.agent.patch(`/api/events/${event.id}/teams/${team.id}`).send({ name: 'Nytt' });
    expect([byMember.status, byMember.body.code]).toEqual([403, 'NOT_CAPTAIN']);
    const taken = await captain.agent.patch(`/api/events/${event.id}/teams/${team.id}`).send({ name: 'Upptaget' });
    expect([taken.status, taken.body.fields]).toEqual([409, { name: 'is already taken in this event' }]);

    const renamed = await captain.agent
      .patch(`/api/events/${event.id}/teams/${team.id}`)
      .send({ name: '  Nya namnet  ' })
      .expect(200);
    expect(renamed.body.name).toBe('Nya namnet');
  });

  it('transfers captaincy only to a member of the team, audited', async () => {
    const { organizer, event } = await eventWithOrganizer();
    const captain = await participant(event, 'Captain');
    const team = await createTeam(event, captain);
    const member = await participant(event, 'Member');
    t.clock.set('2026-05-20T11:00:00Z');
    await join(event, member, team.inviteCode);
    const outsider = await participant(event, 'Outsider');
    const path = `/api/events/${event.id}/teams/${team.id}/captain`;

    const notMember = await captain.agent.post(path).send({ userId: outsider.id }).expect(404);
    expect(notMember.body).toMatchObject({ code: 'MEMBER_NOT_FOUND', fields: { userId: expect.any(String) } });
    const self = await captain.agent.post(path).send({ userId: captain.id }).expect(400);
    expect(self.body.fields).toEqual({ userId: 'is already the captain' });
    const byMember = await member.agent.post(path).send({ userId: member.id }).expect(403);
    expect(byMember.body.code).toBe('NOT_CAPTAIN');

    const transferred = await captain.agent.post(path).send({ userId: member.id }).expect(200);
    expect(transferred.body.captainId).toBe(member.id);
    expect(transferred.body.members).toEqual([
      expect.objectContaining({ userId: captain.id, isCaptain: false }),
      expect.objectContaining({ userId: member.id, isCaptain: true }),
    ]);
    await captain.agent.patch(`/api/events/${event.id}/teams/${team.id}`).send({ name: 'Kupp' }).expect(403);
    await member.agent.patch(`/api/events/${event.id}/teams/${team.id}`).send({ name: 'Ny kapten' }).expect(200);

    const log = await organizer.agent.get(`/api/events/${event.id}/audit`).expect(200);
    expect(log.body.items).toContainEqual(
      expect.objectContaining({
        action: 'team.captain-changed',
        targetId: team.id,
        details: { from: captain.id, to: member.id, reason: 'transferred' },
      }),
    );
  });

  it('hands captaincy to the longest-standing member when the captain leaves', async () => {
    const { organizer, event } = await eventWithOrganizer();
    const captain = await participant(event, 'Captain');
    const team = await createTeam(event, captain);
    const [early, late] = [await participant(event, 'Early'), await participant(event, 'Late')];
    t.clock.set('2026-05-20T11:00:00Z');
    await join(event, early, team.inviteCode);
    t.clock.set('2026-05-20T12:00:00Z');
    await join(event, late, team.inviteCode);

    await captain.agent.post(`/api/events/${event.id}/teams/${team.id}/leave`).expect(204);
    const after = await early.agent.get(`/api/events/${event.id}/teams/mine`).expect(200);
    expect(after.body).toMatchObject({ captainId: early.id, size: 2 });
    expect(after.body.members.map((member: { userId: string }) => member.userId)).toEqual([early.id, late.id]);
    await captain.agent.get(`/api/events/${event.id}/teams/mine`).expect(404);
    expect((await stored(event.id)).teams[0]!.memberCount).toBe(2);

    // A member who is not the captain leaves without changing the captain.
    await late.agent.post(`/api/events/${event.id}/teams/${team.id}/leave`).expect(204);
    const now = await early.agent.get(`/api/events/${event.id}/teams/mine`).expect(200);
    expect(now.body).toMatchObject({ captainId: early.id, size: 1 });
    expect(await auditActions(organizer, event)).toEqual(
      expect.arrayContaining(['team.member-left', 'team.captain-changed']),
    );

    // Whoever left may start or join another team.
    await createTeam(event, captain);
  });

  it('deletes the team when its last member leaves and it has no submission', async () => {
    const { organizer, event } = await eventWithOrganizer();
    const captain = await participant(event);
    const team = await createTeam(event, captain);
    await captain.agent.post(`/api/events/${event.id}/teams/${team.id}/leave`).expect(204);
    await organizer.agent.get(`/api/events/${event.id}/teams/${team.id}`).expect(404);
    expect(await stored(event.id)).toEqual({ teams: [], members: [] });
    expect(await auditActions(organizer, event)).toContain('team.deleted');
    const reused = await join(event, await participant(event), team.inviteCode);
    expect(reused.status).toBe(404);
  });

  it('keeps a team with a submission when its last member leaves; the next to join leads it', async () => {
    const { organizer, event } = await eventWithOrganizer();
    const captain = await participant(event);
    const team = await createTeam(event, captain);
    await storeSubmission(event.id, team.id);

    await captain.agent.post(`/api/events/${event.id}/teams/${team.id}/leave`).expect(204);
    const kept = await organizer.agent.get(`/api/events/${event.id}/teams/${team.id}`).expect(200);
    expect(kept.body).toMatchObject({ size: 0, captainId: null, members: [] });
    expect(await db().getRepository(SubmissionEntity).countBy({ teamId: team.id })).toBe(1);

    const heir = await participant(event);
    const joined = await join(event, heir, team.inviteCode);
    expect(joined.body).toMatchObject({ size: 1, captainId: heir.id });
  });

  it('refuses to let someone leave a team they are not in', async () => {
    const { event } = await eventWithOrganizer();
    const team = await createTeam(event, await participant(event));
    const stranger = await participant(event);
    const response = await stranger.agent.post(`/api/events/${event.id}/teams/${team.id}/leave`).expect(403);
    expect(response.body.code).toBe('NOT_A_MEMBER');
    await stranger.agent.post(`/api/events/${event.id}/teams/${MISSING}/leave`).expect(404);
    expect((await stored(event.id)).members).toHaveLength(1);
  });

  it('refuses every team change from the submission deadline on, and changes nothing', async () => {
    const { event } = await eventWithOrganizer();
    const captain = await participant(event);
    const team = await createTeam(event, captain);
    const member = await participant(event);
    await join(event, member, team.inviteCode);
    const joiner = await participant(event);
    const founder = await participant(event);
    const before = await stored(event.id);

    for (const at of [DEADLINE, '2026-05-25T10:00:00Z']) {
      t.clock.set(at);
      const base = `/api/events/${event.id}/teams`;
      const attempts = [
        await founder.agent.post(base).send({ name: unique('Late') }),
        await join(event, joiner, team.inviteCode),
        await member.agent.post(`${base}/${team.id}/leave`),
        await captain.agent.post(`${base}/${team.id}/leave`),
        await captain.agent.patch(`${base}/${team.id}`).send({ name: 'Renamed' }),
        await captain.agent.post(`${base}/${team.id}/invite-code`),
        await captain.agent.post(`${base}/${team.id}/captain`).send({ userId: member.id }),
      ];
      expect(attempts.map((response) => [response.status, response.body.code])).toEqual(
        attempts.map(() => [409, 'DEADLINE_PASSED']),
      );
      expect(await stored(event.id)).toEqual(before);
    }
    // Reading still works.
    await captain.agent.get(`/api/events/${event.id}/teams/mine`).expect(200);

    t.clock.set('2026-05-21T15:59:59.999Z');
    await member.agent.post(`/api/events/${event.id}/teams/${team.id}/leave`).expect(204);
  });

  it('refuses bad input to every team endpoint with a message per field, and changes nothing', async () => {
    const { event } = await eventWithOrganizer();
    const captain = await participant(event);
    const team = await createTeam(event, captain);
    const member = await participant(event);
    await join(event, member, team.inviteCode);
    const newcomer = await participant(event);
    const before = await stored(event.id);
    const base = `/api/events/${event.id}/teams`;

    const cases: [() => request.Test, string[]][] = [
      [() => newcomer.agent.post(base).send({}), ['name']],
      [() => newcomer.agent.post(base).send({ name: '   ' }), ['name']],
      [() => newcomer.agent.post(base).send({ name: 'x'.repeat(101) }), ['name']],
      [() => newcomer.agent.post(base).send({ name: 42 }), ['name']],
      [() => newcomer.agent.post(base).send({ name: 'Fine', captainId: newcomer.id }), ['captainId']],
      [() => newcomer.agent.post(`${base}/join`).send({}), ['inviteCode']],
      [() => newcomer.agent.post(`${base}/join`).send({ inviteCode: '' }), ['inviteCode']],
      [() => newcomer.agent.post(`${base}/join`).send({ inviteCode: ['A'] }), ['inviteCode']],
      [() => newcomer.agent.post(`${base}/join`).send({ inviteCode: team.inviteCode, teamId: team.id }), ['teamId']],
      [() => captain.agent.patch(`${base}/${team.id}`).send({ name: '' }), ['name']],
      [
        () => captain.agent.patch(`${base}/${team.id}`).send({ name: 'Ok', inviteCode: 'AAAAAAAAAAAA' }),
        ['inviteCode'],
      ],
      [() => captain.agent.post(`${base}/${team.id}/captain`).send({}), ['userId']],
      [() => captain.agent.post(`${base}/${team.id}/captain`).send({ userId: 'member' }), ['userId']],
    ];
    for (const [send, fields] of cases) {
      const response = await send();
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(Object.keys(response.body.fields)).toEqual(fields);
    }
    const badId = await captain.agent.patch(`${base}/nope`).send({ name: 'Fine' });
    expect(badId.status).toBe(400);
    expect(await stored(event.id)).toEqual(before);
  });

  it('offers other features the caller’s team and its members', async () => {
    const { event } = await eventWithOrganizer();
    const captain = await participant(event);
    const team = await createTeam(event, captain);
    const member = await participant(event);
    t.clock.set('2026-05-20T11:00:00Z');
    await join(event, member, team.inviteCode);
    const teams = t.app.get(TeamsService);

    expect(await teams.teamOf(event.id, member.id)).toMatchObject({ id: team.id, captainId: captain.id, size: 2 });
    expect(await teams.teamOf(event.id, (await participant(event)).id)).toBeNull();
    const members = await teams.membersOf(team.id);
    expect(members.map((m) => [m.userId, m.isCaptain])).toEqual([
      [captain.id, true],
      [member.id, false],
    ]);
    expect(members.every((m) => m.joinedAt instanceof Date && m.displayName.length > 0)).toBe(true);
    expect(await teams.membersOf(MISSING)).toEqual([]);
  });
});
