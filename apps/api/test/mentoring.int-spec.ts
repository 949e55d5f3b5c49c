import type {
  ClientToServerMessages,
  HelpRequestDto,
  MentorDto,
  MentorSlotDto,
  ServerToClientMessages,
} from '@hackboard/contracts';
import type { AddressInfo } from 'node:net';
import { type Socket, io } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity.js';
import { MentorBookingEntity } from '../src/mentoring/mentoring.entities.js';
import { type TestUser, createEvent, grantRole, registerUser } from './support/actors.js';
import { cookieOf } from './support/live-sockets.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

type Client = Socket<ServerToClientMessages, ClientToServerMessages>;

describe.each(drivers())('mentoring on %s', (driver) => {
  let t: TestApp;
  let url: string;
  const sockets: Client[] = [];
  beforeAll(async () => {
    t = await startTestApp(driver);
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await t.close();
  });

  async function world(teamCount: number, mentorCount: number) {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const path = (suffix: string) => `/api/events/${event.id}${suffix}`;
    const teams: { captain: TestUser; id: string }[] = [];
    for (let i = 0; i < teamCount; i++) {
      const captain = await registerUser(t, 'Captain');
      await grantRole(t, event.id, captain, 'participant');
      const team = await captain.agent
        .post(path('/teams'))
        .send({ name: `Team ${i}` })
        .expect(201);
      teams.push({ captain, id: team.body.id });
    }
    const mentors: TestUser[] = [];
    for (let i = 0; i < mentorCount; i++) {
      const mentor = await registerUser(t, 'Mentor');
      await grantRole(t, event.id, mentor, 'mentor');
      mentors.push(mentor);
    }
    return { organizer, event, path, teams, mentors };
  }

  const slot = async (mentor: TestUser, path: (s: string) => string) =>
    (
      await mentor.agent
        .post(path('/mentoring/slots'))
        .send({ startsAt: '2026-05-20T10:00:00+02:00', endsAt: '2026-05-20T10:30:00+02:00' })
        .expect(201)
    ).body as MentorSlotDto;

  it('shows mentors with their skills and slots; both sides see a booking, others only that it is taken', async () => {
    const { path, teams, mentors } = await world(2, 1);
    const [mentor] = mentors as [TestUser];
    const [alpha, beta] = teams as [(typeof teams)[0], (typeof teams)[0]];
    await mentor.agent
      .put(path('/mentoring/me'))
      .send({ skills: ['Open data', 'Maps', 'Maps'] })
      .expect(200);
    const offered = await slot(mentor, path);
    await alpha.captain.agent
      .post(path(`/mentoring/slots/${offered.id}/booking`))
      .send({ topic: 'Our API' })
      .expect(201);

    const seenBy = async (user: TestUser) =>
      ((await user.agent.get(path('/mentoring/mentors')).expect(200)).body as MentorDto[])[0]!;
    expect(await seenBy(alpha.captain)).toMatchObject({
      skills: ['Open data', 'Maps'],
      slots: [{ id: offered.id, booked: true, booking: { teamId: alpha.id, topic: 'Our API' } }],
    });
    expect((await seenBy(mentor)).slots[0]!.booking).toMatchObject({ teamId: alpha.id });
    expect((await seenBy(beta.captain)).slots[0]).toMatchObject({ booked: true, booking: null });

    // The other team can neither book it nor cancel it; the booking team can cancel.
    const taken = await beta.captain.agent
      .post(path(`/mentoring/slots/${offered.id}/booking`))
      .send({ topic: 'Ours too' })
      .expect(409);
    expect(taken.body.code).toBe('SLOT_TAKEN');
    await beta.captain.agent.delete(path(`/mentoring/slots/${offered.id}/booking`)).expect(404);
    await mentor.agent.delete(path(`/mentoring/slots/${offered.id}`)).expect(409);
    await alpha.captain.agent.delete(path(`/mentoring/slots/${offered.id}/booking`)).expect(204);
    expect((await seenBy(beta.captain)).slots[0]).toMatchObject({ booked: false });
    // The mentor cancels a booking too.
    await beta.captain.agent
      .post(path(`/mentoring/slots/${offered.id}/booking`))
      .send({ topic: 'API' })
      .expect(201);
    await mentor.agent.delete(path(`/mentoring/slots/${offered.id}/booking`)).expect(204);

    const audit = await t.app
      .get(DataSource)
      .getRepository(AuditEntryEntity)
      .find({ where: { targetId: offered.id }, order: { createdAt: 'ASC' } });
    expect(audit.map((entry) => entry.action).sort()).toEqual(
      [
        'mentoring.booking-cancelled',
        'mentoring.booking-cancelled',
        'mentoring.slot-booked',
        'mentoring.slot-booked',
      ].sort(),
    );
  });

  it('books a slot for exactly one of 20 teams asking at the same moment', async () => {
    const { path, teams, mentors } = await world(20, 1);
    const offered = await slot(mentors[0]!, path);
    const answers = await Promise.all(
      teams.map((team) =>
        team.captain.agent.post(path(`/mentoring/slots/${offered.id}/booking`)).send({ topic: 'Help' }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    expect(await t.app.get(DataSource).getRepository(MentorBookingEntity).countBy({ slotId: offered.id })).toBe(1);
  });

  it('lets exactly one of 5 mentors claim a request, one request at a time, then done or released', async () => {
    const { organizer, path, teams, mentors } = await world(2, 5);
    const [alpha, beta] = teams as [(typeof teams)[0], (typeof teams)[0]];
    t.clock.set('2026-05-20T09:00:00Z');
    const first = (await alpha.captain.agent.post(path('/help-queue')).send({ topic: 'Docker' }).expect(201))
      .body as HelpRequestDto;
    expect(first).toMatchObject({ status: 'waiting', position: 1 });
    await alpha.captain.agent.post(path('/help-queue')).send({ topic: 'Again' }).expect(409);
    t.clock.set('2026-05-20T09:01:00Z');
    const second = (await beta.captain.agent.post(path('/help-queue')).send({ topic: 'Maps' }).expect(201))
      .body as HelpRequestDto;
    expect(second.position).toBe(2);
    // Teams are helped in the order they asked: the second waits for the first.
    expect((await mentors[0]!.agent.post(path(`/help-queue/${second.id}/claim`)).expect(409)).body.code).toBe(
      'NOT_NEXT',
    );

    const answers = await Promise.all(
      mentors.map((mentor) => mentor.agent.post(path(`/help-queue/${first.id}/claim`))),
    );
    const winners = answers.filter((answer) => answer.status === 200);
    expect(winners).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 409).map((a) => a.body.code)).toEqual(
      Array(4).fill('ALREADY_TAKEN'),
    );
    const winner = mentors[answers.indexOf(winners[0]!)]!;
    expect(winners[0]!.body).toMatchObject({ status: 'claimed', position: null, mentor: { userId: winner.id } });
    // Beta moved up to first place.
    expect((await beta.captain.agent.get(path('/help-queue/mine')).expect(200)).body.request).toMatchObject({
      position: 1,
    });
    // One request at a time: the winner cannot take Beta's too until done or released.
    expect((await winner.agent.post(path(`/help-queue/${second.id}/claim`)).expect(409)).body.code).toBe('MENTOR_BUSY');
    // Only the claiming mentor releases it; released, it is first again (it asked first).
    await mentors
      .find((m) => m !== winner)!
      .agent.post(path(`/help-queue/${first.id}/release`))
      .expect(404);
    await winner.agent.post(path(`/help-queue/${first.id}/release`)).expect(200);
    expect((await alpha.captain.agent.get(path('/help-queue/mine')).expect(200)).body.request.position).toBe(1);
    await winner.agent.post(path(`/help-queue/${first.id}/claim`)).expect(200);
    await winner.agent.post(path(`/help-queue/${first.id}/done`)).expect(200);
    expect((await alpha.captain.agent.get(path('/help-queue/mine')).expect(200)).body).toEqual({ request: null });
    await winner.agent.post(path(`/help-queue/${second.id}/claim`)).expect(200);
    const queue = (await mentors[0]!.agent.get(path('/help-queue')).expect(200)).body as HelpRequestDto[];
    expect(queue.map((r) => [r.teamId, r.status])).toEqual([[beta.id, 'claimed']]);
    // An organizer puts a request back whose mentor cannot go on; it waits first in line again.
    await organizer.agent.post(path(`/help-queue/${second.id}/release`)).expect(200);
    expect((await beta.captain.agent.get(path('/help-queue/mine')).expect(200)).body.request).toMatchObject({
      status: 'waiting',
      position: 1,
    });
    await winner.agent.post(path(`/help-queue/${second.id}/claim`)).expect(200);
    // Alpha may ask again, and cancel.
    const again = (await alpha.captain.agent.post(path('/help-queue')).send({ topic: 'Deploy' }).expect(201))
      .body as HelpRequestDto;
    await beta.captain.agent.post(path(`/help-queue/${again.id}/cancel`)).expect(404);
    await alpha.captain.agent.post(path(`/help-queue/${again.id}/cancel`)).expect(200);
  });

  it('pushes the waiting position to the team as the queue moves', async () => {
    const { event, path, teams, mentors } = await world(2, 1);
    const [alpha, beta] = teams as [(typeof teams)[0], (typeof teams)[0]];
    const socket: Client = io(url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie: await cookieOf(t.http, beta.captain) },
    });
    sockets.push(socket);
    await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
    await socket.emitWithAck('subscribe', { eventSlug: event.slug });
    t.clock.set('2026-05-20T09:00:00Z');
    const first = (await alpha.captain.agent.post(path('/help-queue')).send({ topic: 'A' }).expect(201)).body;
    const positions: (number | null)[] = [];
    socket.on('help.position', (message) => positions.push(message.position));
    t.clock.set('2026-05-20T09:01:00Z');
    await beta.captain.agent.post(path('/help-queue')).send({ topic: 'B' }).expect(201);
    await mentors[0]!.agent.post(path(`/help-queue/${first.id}/claim`)).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(positions.slice(-2)).toEqual([2, 1]);
  });

  it('keeps each side to its own powers', async () => {
    const { organizer, path, teams, mentors, event } = await world(1, 1);
    const loner = await registerUser(t, 'Loner');
    await grantRole(t, event.id, loner, 'participant');
    const offered = await slot(mentors[0]!, path);
    expect(
      (
        await loner.agent
          .post(path(`/mentoring/slots/${offered.id}/booking`))
          .send({ topic: 'x' })
          .expect(409)
      ).body.code,
    ).toBe('NO_TEAM');
    await loner.agent.post(path('/help-queue')).send({ topic: 'x' }).expect(409);
    await teams[0]!.captain.agent
      .post(path('/mentoring/slots'))
      .send({ startsAt: '2026-05-20T10:00:00Z', endsAt: '2026-05-20T11:00:00Z' })
      .expect(403);
    await teams[0]!.captain.agent.get(path('/help-queue')).expect(403);
    await mentors[0]!.agent.post(path('/help-queue')).send({ topic: 'x' }).expect(403);
    await mentors[0]!.agent
      .post(path('/mentoring/slots'))
      .send({ startsAt: '2026-05-20T10:00:00Z', endsAt: '2026-05-20T09:00:00Z' })
      .expect(400);
    await organizer.agent.get(path('/help-queue')).expect(200);
    await organizer.agent.delete(path(`/mentoring/slots/${offered.id}`)).expect(204);
  });
});
