import type { EventDto, JoinRequestDto, TeamDto } from '@hackboard/contracts';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AnonymisationService } from '../src/backup/anonymisation.service.js';
import { ChallengeEntity } from '../src/challenges/challenge.entity.js';
import { OrganizationEntity } from '../src/organizations/organization.entity.js';
import { TeamMemberEntity } from '../src/teams/team-member.entity.js';
import { TeamEntity } from '../src/teams/team.entity.js';
import { JoinRequestEntity } from '../src/team-finder/join-request.entity.js';
import { ParticipantProfileEntity } from '../src/team-finder/participant-profile.entity.js';
import { type TestUser, createEvent, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const HACKING = '2026-05-20T10:00:00Z';
const AFTER_DEADLINE = '2026-05-22T10:00:00Z';

describe.each(drivers())('team finder on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver, driver === 'postgres' ? { DB_POOL_SIZE: '20' } : {})));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(HACKING));

  const db = () => t.app.get(DataSource);
  const unique = (name: string) => `${name} ${randomBytes(3).toString('hex')}`;

  async function world(maxTeamSize = 4) {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer, { maxTeamSize });
    await organizer.agent
      .put(`/api/events/${event.id}/finder/settings`)
      .send({ skills: ['Design', 'Data', 'Frontend', 'Backend'] })
      .expect(200);
    const organization = await db()
      .getRepository(OrganizationEntity)
      .save({ name: unique('Kommun'), kind: 'municipality', website: null });
    const challenge = await db()
      .getRepository(ChallengeEntity)
      .save({ eventId: event.id, organizationId: organization.id, title: 'Open transit data' });
    return { organizer, event, challengeId: challenge.id };
  }

  async function participant(event: EventDto, name: string): Promise<TestUser> {
    const user = await registerUser(t, name);
    await user.agent.post(`/api/events/${event.id}/join`).expect(200);
    return user;
  }

  async function createTeam(event: EventDto, captain: TestUser, name = unique('Team')): Promise<TeamDto> {
    return (await captain.agent.post(`/api/events/${event.id}/teams`).send({ name }).expect(201)).body;
  }

  const finder = (event: EventDto, suffix: string) => `/api/events/${event.id}/finder${suffix}`;
  /** Test accounts' names carry a counter: `Alva 12` is Alva. */
  const named = (displayName: string) => displayName.replace(/ \d+$/, '');

  function profile(overrides: Record<string, unknown> = {}) {
    return {
      skills: [],
      tags: [],
      bio: '',
      languages: ['sv'],
      lookingForTeam: true,
      wantsToWorkOn: '',
      challengeIds: [],
      ...overrides,
    };
  }

  const listing = (overrides: Record<string, unknown> = {}) => ({
    lookingForMembers: true,
    wantedSkills: [],
    pitch: 'We build a journey planner.',
    challengeIds: [],
    ...overrides,
  });

  it('keeps profiles to the event: its participants and organizers see them, no one else', async () => {
    const { organizer, event } = await world();
    const alva = await participant(event, 'Alva');
    const saved = await alva.agent
      .put(finder(event, '/profile'))
      .send(profile({ skills: ['design'], tags: ['Figma'], bio: 'UX student', languages: ['sv', 'EN'] }))
      .expect(200);
    // The event's spelling of a skill from its list wins; language codes are lower case.
    expect(saved.body).toMatchObject({ skills: ['Design'], tags: ['Figma'], languages: ['sv', 'en'], teamId: null });

    const bertil = await participant(event, 'Bertil');
    const seen = await bertil.agent.get(finder(event, '/people')).expect(200);
    expect(seen.body.items.map((p: { displayName: string }) => named(p.displayName))).toEqual(['Alva']);
    await organizer.agent.get(finder(event, '/people')).expect(200);

    const elsewhere = await registerUser(t, 'Elsewhere');
    const other = await createEvent(t, await registerUser(t, 'Other organizer'));
    await elsewhere.agent.post(`/api/events/${other.id}/join`).expect(200);
    await elsewhere.agent.get(finder(event, '/people')).expect(403);
    await request(t.http).get(finder(event, '/people')).expect(401);
  });

  it('refuses a skill off the event list and a challenge of another event, changing nothing', async () => {
    const { event } = await world();
    const alva = await participant(event, 'Alva');
    const offList = await alva.agent
      .put(finder(event, '/profile'))
      .send(profile({ skills: ['Cobol'] }))
      .expect(400);
    expect(offList.body.fields).toEqual({ 'skills.0': expect.stringContaining('skill list') });
    const badChallenge = await alva.agent
      .put(finder(event, '/profile'))
      .send(profile({ challengeIds: ['00000000-0000-4000-8000-000000000000'] }))
      .expect(400);
    expect(badChallenge.body.fields).toEqual({ 'challengeIds.0': 'is not a challenge of this event' });
    expect(await db().getRepository(ParticipantProfileEntity).countBy({ eventId: event.id })).toBe(0);
  });

  it('filters people and teams by skill, language and challenge', async () => {
    const { event, challengeId } = await world();
    const alva = await participant(event, 'Alva');
    const bo = await participant(event, 'Bo');
    await alva.agent.put(finder(event, '/profile')).send(profile({ skills: ['Design'], challengeIds: [challengeId] }));
    await bo.agent.put(finder(event, '/profile')).send(profile({ skills: ['Data'], languages: ['en'] }));
    const names = async (query: string) =>
      (await alva.agent.get(finder(event, `/people${query}`)).expect(200)).body.items.map(
        (p: { displayName: string }) => named(p.displayName),
      );
    expect(await names('?skill=data')).toEqual(['Bo']);
    expect(await names('?language=sv')).toEqual(['Alva']);
    expect(await names(`?challengeId=${challengeId}`)).toEqual(['Alva']);
    expect(await names('')).toEqual(['Alva', 'Bo']);

    const captain = await participant(event, 'Captain');
    const team = await createTeam(event, captain);
    await captain.agent
      .put(finder(event, `/teams/${team.id}`))
      .send(listing({ wantedSkills: ['Data'], challengeIds: [challengeId] }))
      .expect(200);
    const teams = async (query: string) =>
      (await alva.agent.get(finder(event, `/teams${query}`)).expect(200)).body.items.map(
        (l: { teamId: string }) => l.teamId,
      );
    expect(await teams('?skill=Data')).toEqual([team.id]);
    expect(await teams('?skill=Design')).toEqual([]);
    expect(await teams(`?challengeId=${challengeId}`)).toEqual([team.id]);
    // Only the team's members write its listing.
    await alva.agent
      .put(finder(event, `/teams/${team.id}`))
      .send(listing())
      .expect(403);
  });

  it('suggests teams by the missing skills a person brings, the same way every time', async () => {
    const { event, challengeId } = await world();
    const alva = await participant(event, 'Alva');
    await alva.agent
      .put(finder(event, '/profile'))
      .send(profile({ skills: ['Data', 'Design'], challengeIds: [challengeId] }));
    const [c1, c2, c3] = [
      await participant(event, 'C1'),
      await participant(event, 'C2'),
      await participant(event, 'C3'),
    ];
    const wantsData = await createTeam(event, c1!, 'Wants data');
    const wantsAll = await createTeam(event, c2!, 'Wants everything');
    const missesNothing = await createTeam(event, c3!, 'Has design');
    await c3!.agent.put(finder(event, '/profile')).send(profile({ skills: ['Design'], lookingForTeam: false }));
    await c1!.agent
      .put(finder(event, `/teams/${wantsData.id}`))
      .send(listing({ wantedSkills: ['Data'], challengeIds: [challengeId] }));
    await c2!.agent.put(finder(event, `/teams/${wantsAll.id}`)).send(listing({ wantedSkills: ['Data', 'Frontend'] }));
    await c3!.agent.put(finder(event, `/teams/${missesNothing.id}`)).send(listing({ wantedSkills: ['Design'] }));

    const first = await alva.agent.get(finder(event, '/suggestions')).expect(200);
    // 0.6·1 + 0.3·1 + 0.1 = 100; 0.6·½ + 0.1 = 40; the design team misses nothing: 0 + 0.1 = 10.
    expect(
      first.body.teams.map((s: { team: { name: string }; suggestion: { score: number } }) => [
        s.team.name,
        s.suggestion.score,
      ]),
    ).toEqual([
      ['Wants data', 100],
      ['Wants everything', 40],
      ['Has design', 10],
    ]);
    const again = await alva.agent.get(finder(event, '/suggestions')).expect(200);
    expect(again.body).toEqual(first.body);

    // A member sees people to invite instead.
    const forTeam = await c1!.agent.get(finder(event, '/suggestions')).expect(200);
    expect(forTeam.body.teams).toEqual([]);
    expect(forTeam.body.people.map((s: { person: { displayName: string } }) => named(s.person.displayName))).toEqual([
      'Alva',
    ]);
  });

  it('lets a person ask to join, the team accept, and closes their other asks', async () => {
    const { organizer, event } = await world();
    const alva = await participant(event, 'Alva');
    const captainA = await participant(event, 'Captain A');
    const captainB = await participant(event, 'Captain B');
    const teamA = await createTeam(event, captainA);
    const teamB = await createTeam(event, captainB);
    const asked: JoinRequestDto = (
      await alva.agent
        .post(finder(event, `/teams/${teamA.id}/requests`))
        .send({ message: 'I do data' })
        .expect(201)
    ).body;
    const askedB: JoinRequestDto = (
      await alva.agent
        .post(finder(event, `/teams/${teamB.id}/requests`))
        .send({ message: '' })
        .expect(201)
    ).body;
    await alva.agent
      .post(finder(event, `/teams/${teamA.id}/requests`))
      .send({ message: 'again' })
      .expect(409);
    // The asker cannot accept their own request.
    await alva.agent.post(finder(event, `/requests/${asked.id}/accept`)).expect(403);
    const inbox = await captainA.agent.get(finder(event, '/requests')).expect(200);
    expect(inbox.body.items.map((r: JoinRequestDto) => [r.kind, named(r.displayName), r.message])).toEqual([
      ['request', 'Alva', 'I do data'],
    ]);

    const accepted = await captainA.agent.post(finder(event, `/requests/${asked.id}/accept`)).expect(200);
    expect(accepted.body.status).toBe('accepted');
    expect((await alva.agent.get(`/api/events/${event.id}/teams/mine`).expect(200)).body.id).toBe(teamA.id);
    const other = await db().getRepository(JoinRequestEntity).findOneByOrFail({ id: askedB.id });
    expect(other.status).toBe('withdrawn');
    await captainB.agent.post(finder(event, `/requests/${askedB.id}/accept`)).expect(409);

    const log = await organizer.agent.get(`/api/events/${event.id}/audit?limit=100`).expect(200);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['team-finder.request-opened', 'team-finder.request-accepted', 'team.member-joined']),
    );
  });

  it('lets a team invite a person, who accepts or declines; only members invite', async () => {
    const { event } = await world();
    const alva = await participant(event, 'Alva');
    const bo = await participant(event, 'Bo');
    const captain = await participant(event, 'Captain');
    const team = await createTeam(event, captain);
    await bo.agent
      .post(finder(event, `/teams/${team.id}/invitations`))
      .send({ userId: alva.id, message: '' })
      .expect(403);
    const invitation: JoinRequestDto = (
      await captain.agent
        .post(finder(event, `/teams/${team.id}/invitations`))
        .send({ userId: alva.id, message: 'Join!' })
        .expect(201)
    ).body;
    const toBo: JoinRequestDto = (
      await captain.agent
        .post(finder(event, `/teams/${team.id}/invitations`))
        .send({ userId: bo.id, message: '' })
        .expect(201)
    ).body;
    // The team cannot accept its own invitation; the person can.
    await captain.agent.post(finder(event, `/requests/${invitation.id}/accept`)).expect(403);
    await bo.agent.post(finder(event, `/requests/${invitation.id}/accept`)).expect(403);
    await alva.agent.post(finder(event, `/requests/${invitation.id}/accept`)).expect(200);
    const declined = await bo.agent.post(finder(event, `/requests/${toBo.id}/decline`)).expect(200);
    expect(declined.body.status).toBe('declined');
    const members = await db().getRepository(TeamMemberEntity).findBy({ teamId: team.id });
    expect(members.map((m) => m.userId).sort()).toEqual([captain.id, alva.id].sort());
  });

  it('refuses accepting into a full team and leaves the request open', async () => {
    const { event } = await world(2);
    const [alva, bo, captain] = [
      await participant(event, 'Alva'),
      await participant(event, 'Bo'),
      await participant(event, 'Captain'),
    ];
    const team = await createTeam(event, captain);
    const a: JoinRequestDto = (await alva.agent.post(finder(event, `/teams/${team.id}/requests`)).send({ message: '' }))
      .body;
    const b: JoinRequestDto = (await bo.agent.post(finder(event, `/teams/${team.id}/requests`)).send({ message: '' }))
      .body;
    await captain.agent.post(finder(event, `/requests/${a.id}/accept`)).expect(200);
    const full = await captain.agent.post(finder(event, `/requests/${b.id}/accept`)).expect(409);
    expect(full.body.code).toBe('TEAM_FULL');
    expect((await db().getRepository(JoinRequestEntity).findOneByOrFail({ id: b.id })).status).toBe('pending');
    // A full team is no longer listed, and no one new may ask.
    await captain.agent
      .put(finder(event, `/teams/${team.id}`))
      .send(listing())
      .expect(200);
    expect((await bo.agent.get(finder(event, '/teams')).expect(200)).body.items).toEqual([]);
  });

  it('refuses every change after the submission deadline', async () => {
    const { event } = await world();
    const alva = await participant(event, 'Alva');
    const captain = await participant(event, 'Captain');
    const team = await createTeam(event, captain);
    const asked: JoinRequestDto = (
      await alva.agent.post(finder(event, `/teams/${team.id}/requests`)).send({ message: '' })
    ).body;
    t.clock.set(AFTER_DEADLINE);
    const late = await captain.agent.post(finder(event, `/requests/${asked.id}/accept`)).expect(409);
    expect(late.body.code).toBe('DEADLINE_PASSED');
    expect((await db().getRepository(JoinRequestEntity).findOneByOrFail({ id: asked.id })).status).toBe('pending');
  });

  it('shows organizers who has no team and lets them form one, all or nothing', async () => {
    const { organizer, event } = await world(3);
    const [alva, bo, cai] = [
      await participant(event, 'Alva'),
      await participant(event, 'Bo'),
      await participant(event, 'Cai'),
    ];
    const captain = await participant(event, 'Dan');
    await createTeam(event, captain);
    await alva.agent.put(finder(event, '/profile')).send(profile({ skills: ['Data'] }));
    const unteamed = await organizer.agent.get(finder(event, '/unteamed')).expect(200);
    expect(
      unteamed.body.items.map((u: { displayName: string; hasProfile: boolean }) => [
        named(u.displayName),
        u.hasProfile,
      ]),
    ).toEqual([
      ['Alva', true],
      ['Bo', false],
      ['Cai', false],
    ]);
    await alva.agent.get(finder(event, '/unteamed')).expect(403);

    const refused = await organizer.agent
      .post(finder(event, '/form-team'))
      .send({ name: 'Formed', userIds: [alva.id, captain.id] })
      .expect(400);
    expect(refused.body.fields).toEqual({ 'userIds.1': 'is already in a team' });
    await organizer.agent
      .post(finder(event, '/form-team'))
      .send({ name: 'Too big', userIds: [alva.id, bo.id, cai.id, organizer.id] })
      .expect(400);
    expect(await db().getRepository(TeamEntity).countBy({ eventId: event.id })).toBe(1);

    const formed = await organizer.agent
      .post(finder(event, '/form-team'))
      .send({ name: 'Formed', userIds: [alva.id, bo.id, cai.id] })
      .expect(201);
    expect(formed.body).toMatchObject({ name: 'Formed', captainId: alva.id, size: 3 });
    expect((await organizer.agent.get(finder(event, '/unteamed')).expect(200)).body.items).toEqual([]);
  });

  it('exports the profile with the personal data and erases it with the account', async () => {
    const { event } = await world();
    const alva = await participant(event, 'Alva');
    const captain = await participant(event, 'Captain');
    const team = await createTeam(event, captain);
    await alva.agent
      .put(finder(event, '/profile'))
      .send(profile({ bio: 'I map bike lanes' }))
      .expect(200);
    await alva.agent
      .post(finder(event, `/teams/${team.id}/requests`))
      .send({ message: 'hej' })
      .expect(201);
    const exported = await alva.agent.get('/api/me/data').expect(200);
    expect(exported.body.records['participant_profiles']).toEqual([
      expect.objectContaining({ bio: 'I map bike lanes' }),
    ]);
    expect(exported.body.records['join_requests']).toEqual([expect.objectContaining({ message: 'hej' })]);

    await alva.agent.delete('/api/me').send({ password: alva.password, confirm: 'ERASE' }).expect(204);
    expect(await db().getRepository(ParticipantProfileEntity).countBy({ userId: alva.id })).toBe(0);
    expect(await db().getRepository(JoinRequestEntity).countBy({ userId: alva.id })).toBe(0);
  });

  it('clears what people wrote about themselves when the finished event is anonymised', async () => {
    const { event } = await world();
    const alva = await participant(event, 'Alva');
    const captain = await participant(event, 'Captain');
    const team = await createTeam(event, captain);
    await alva.agent
      .put(finder(event, '/profile'))
      .send(profile({ bio: 'I live in Södertälje', tags: ['maps'], wantsToWorkOn: 'Bike lanes' }))
      .expect(200);
    await alva.agent
      .post(finder(event, `/teams/${team.id}/requests`))
      .send({ message: 'Call me' })
      .expect(201);
    t.clock.set('2026-06-30T10:00:00Z');
    await t.app.get(AnonymisationService).anonymise(event.slug);
    const [stored] = await db().getRepository(ParticipantProfileEntity).findBy({ eventId: event.id });
    expect(stored).toMatchObject({ bio: '', wantsToWorkOn: '', tags: [], languages: [] });
    expect(stored!.userId).not.toBe(alva.id);
    const [request] = await db().getRepository(JoinRequestEntity).findBy({ eventId: event.id });
    expect(request!.message).toBe('');
  });

  (driver === 'postgres' ? describe : describe.skip)('races', () => {
    it('admits exactly as many of 8 racing accepted requests as the team has places', async () => {
      const { event } = await world(4);
      const captain = await participant(event, 'Captain');
      const team = await createTeam(event, captain);
      const askers = await Promise.all(Array.from({ length: 8 }, (_, i) => participant(event, `Asker ${i}`)));
      const requests: JoinRequestDto[] = [];
      for (const asker of askers) {
        requests.push(
          (
            await asker.agent
              .post(finder(event, `/teams/${team.id}/requests`))
              .send({ message: '' })
              .expect(201)
          ).body,
        );
      }
      const answers = await Promise.all(
        requests.map((r) => captain.agent.post(finder(event, `/requests/${r.id}/accept`))),
      );
      const outcomes = answers.map((a) => `${a.status} ${a.body.code ?? ''}`.trim());
      expect(outcomes.filter((o) => o === '200')).toHaveLength(3);
      expect(outcomes.filter((o) => o === '409 TEAM_FULL')).toHaveLength(5);
      const stored = await db().getRepository(TeamEntity).findOneByOrFail({ id: team.id });
      expect(stored.memberCount).toBe(4);
      expect(await db().getRepository(TeamMemberEntity).countBy({ teamId: team.id })).toBe(4);
      expect(await db().getRepository(JoinRequestEntity).countBy({ teamId: team.id, status: 'accepted' })).toBe(3);
    });

    it('puts a person accepting two invitations at once into exactly one team', async () => {
      const { event } = await world(4);
      for (let round = 0; round < 3; round += 1) {
        const alva = await participant(event, `Alva ${round}`);
        const invitations: JoinRequestDto[] = [];
        for (const name of ['A', 'B', 'C']) {
          const captain = await participant(event, `Captain ${name}${round}`);
          const team = await createTeam(event, captain);
          invitations.push(
            (
              await captain.agent
                .post(finder(event, `/teams/${team.id}/invitations`))
                .send({ userId: alva.id, message: '' })
                .expect(201)
            ).body,
          );
        }
        const answers = await Promise.all(
          invitations.map((i) => alva.agent.post(finder(event, `/requests/${i.id}/accept`))),
        );
        const outcomes = answers.map((a) => `${a.status} ${a.body.code ?? ''}`.trim());
        expect(outcomes.filter((o) => o === '200')).toHaveLength(1);
        // The losers find their invitation withdrawn by the winner's join, or the person in a team.
        expect(outcomes.filter((o) => /^409 (REQUEST_CLOSED|ALREADY_IN_TEAM)$/.test(o))).toHaveLength(2);
        expect(await db().getRepository(TeamMemberEntity).countBy({ eventId: event.id, userId: alva.id })).toBe(1);
      }
    });
  });
});
