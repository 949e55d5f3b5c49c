import type { ClientToServerMessages, ServerToClientMessages, TicketDto } from '@hackboard/contracts';
import type { AddressInfo } from 'node:net';
import { type Socket, io } from 'socket.io-client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity.js';
import { CheckInEntity } from '../src/check-in/check-in.entity.js';
import { parseCsv } from '../src/leaderboards/csv.js';
import { type TestUser, createEvent, grantRole, registerUser } from './support/actors.js';
import { cookieOf } from './support/live-sockets.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

type Client = Socket<ServerToClientMessages, ClientToServerMessages>;

describe.each(drivers())('check-in on %s', (driver) => {
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

  async function door() {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const volunteer = await registerUser(t, 'Volunteer');
    await grantRole(t, event.id, volunteer, 'volunteer');
    const participant = await registerUser(t, 'Participant');
    await grantRole(t, event.id, participant, 'participant');
    const juror = await registerUser(t, 'Juror');
    await grantRole(t, event.id, juror, 'jury');
    const path = (suffix: string) => `/api/events/${event.id}${suffix}`;
    return { organizer, event, volunteer, participant, juror, path };
  }

  const ticketOf = async (user: TestUser, path: (s: string) => string) =>
    (await user.agent.get(path('/ticket')).expect(200)).body as TicketDto;

  it('gives participants, jurors and mentors a ticket whose code names nobody, and nobody else a ticket', async () => {
    const { event, organizer, volunteer, participant, juror, path } = await door();
    const mentor = await registerUser(t, 'Mentor');
    await grantRole(t, event.id, mentor, 'mentor');
    const ticket = await ticketOf(participant, path);
    expect(ticket).toMatchObject({ eventId: event.id, checkedInAt: null });
    expect(ticket.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(ticket.code).not.toContain(participant.id.slice(0, 4).toUpperCase() + '-');
    expect((await ticketOf(participant, path)).code).toBe(ticket.code);
    expect((await ticketOf(juror, path)).code).not.toBe(ticket.code);
    expect((await ticketOf(mentor, path)).code).toMatch(/^[0-9A-Z-]{14}$/);
    await volunteer.agent.get(path('/ticket')).expect(403);
    await organizer.agent.get(path('/ticket')).expect(403);
    await request(t.http).get(path('/ticket')).expect(401);
    // The same person's ticket to another event is another code.
    const other = await createEvent(t, organizer);
    await grantRole(t, other.id, participant, 'participant');
    expect((await ticketOf(participant, (s) => `/api/events/${other.id}${s}`)).code).not.toBe(ticket.code);
  });

  it('lets a volunteer check someone in by a typed code, once, and tells the second scan it was already done', async () => {
    const { event, volunteer, participant, path } = await door();
    const { code } = await ticketOf(participant, path);
    t.clock.set('2026-05-19T15:30:00Z');
    const first = await volunteer.agent
      .post(path('/check-ins'))
      .send({ code: code.toLowerCase().replace(/-/g, ' ') })
      .expect(200);
    expect(first.body).toEqual({
      alreadyCheckedIn: false,
      attendee: {
        userId: participant.id,
        displayName: expect.any(String),
        roles: ['participant'],
        checkedInAt: '2026-05-19T15:30:00.000Z',
      },
    });
    t.clock.set('2026-05-19T15:45:00Z');
    const second = await volunteer.agent.post(path('/check-ins')).send({ code }).expect(200);
    expect(second.body).toMatchObject({
      alreadyCheckedIn: true,
      attendee: { checkedInAt: '2026-05-19T15:30:00.000Z' },
    });
    expect((await ticketOf(participant, path)).checkedInAt).toBe('2026-05-19T15:30:00.000Z');

    const rows = await t.app.get(DataSource).getRepository(CheckInEntity).findBy({ eventId: event.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: participant.id, checkedInBy: volunteer.id });
    const audit = await t.app
      .get(DataSource)
      .getRepository(AuditEntryEntity)
      .findBy({ eventId: event.id, action: 'check-in.recorded' });
    expect(audit).toEqual([expect.objectContaining({ actorId: volunteer.id, targetId: participant.id })]);
  });

  it('records one check-in when many volunteers scan the same ticket at the same moment', async () => {
    const { event, organizer, participant, path } = await door();
    const volunteers: TestUser[] = [organizer];
    for (let i = 0; i < 5; i++) {
      const volunteer = await registerUser(t, 'Volunteer');
      await grantRole(t, event.id, volunteer, 'volunteer');
      volunteers.push(volunteer);
    }
    const { code } = await ticketOf(participant, path);
    const answers = await Promise.all(
      volunteers.map((volunteer) => volunteer.agent.post(path('/check-ins')).send({ code })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(volunteers.map(() => 200));
    expect(answers.filter((answer) => answer.body.alreadyCheckedIn === false)).toHaveLength(1);
    const db = t.app.get(DataSource);
    expect(await db.getRepository(CheckInEntity).countBy({ eventId: event.id })).toBe(1);
    expect(await db.getRepository(AuditEntryEntity).countBy({ eventId: event.id, action: 'check-in.recorded' })).toBe(
      1,
    );
  });

  it('refuses codes that are not a ticket of this event, and changes nothing', async () => {
    const { organizer, event, volunteer, participant, path } = await door();
    const other = await createEvent(t, organizer);
    await grantRole(t, other.id, participant, 'participant');
    const otherCode = (await ticketOf(participant, (s) => `/api/events/${other.id}${s}`)).code;
    const wrong = await volunteer.agent.post(path('/check-ins')).send({ code: otherCode }).expect(404);
    expect(wrong.body).toMatchObject({ code: 'TICKET_NOT_FOUND', fields: { code: 'is not a ticket of this event' } });
    await volunteer.agent.post(path('/check-ins')).send({ code: 'ABCD-EFGH-JKMN' }).expect(404);
    await volunteer.agent.post(path('/check-ins')).send({ userId: volunteer.id }).expect(404);
    await volunteer.agent.post(path('/check-ins')).send({}).expect(400);
    await volunteer.agent.post(path('/check-ins')).send({ code: 'x', userId: participant.id }).expect(400);
    expect(await t.app.get(DataSource).getRepository(CheckInEntity).countBy({ eventId: event.id })).toBe(0);
  });

  it('lets volunteers find people by name and check them in, and nothing else an organizer may', async () => {
    const { event, organizer, volunteer, participant, juror, path } = await door();
    const mentor = await registerUser(t, 'Mentor');
    await grantRole(t, event.id, mentor, 'mentor');
    await participant.agent.patch('/api/auth/me').send({ displayName: 'Greta Åkesson' }).expect(200);
    await mentor.agent.patch('/api/auth/me').send({ displayName: 'Gustav 100%_done' }).expect(200);
    await juror.agent.patch('/api/auth/me').send({ displayName: 'Greta Juror' }).expect(200);
    const found = await volunteer.agent.get(path('/check-ins/attendees?q=greta')).expect(200);
    expect(found.body).toMatchObject({ total: 1, items: [{ userId: participant.id, displayName: 'Greta Åkesson' }] });
    const literal = await volunteer.agent.get(path(`/check-ins/attendees?q=${encodeURIComponent('%_')}`)).expect(200);
    expect(literal.body.items.map((a: { userId: string }) => a.userId)).toEqual([mentor.id]);
    const everyone = await volunteer.agent.get(path('/check-ins/attendees')).expect(200);
    expect(everyone.body.total).toBe(2);
    expect(JSON.stringify(everyone.body)).not.toMatch(/@example\.test|Juror/);
    // Jurors stay anonymous outside the organizers' view: only organizers find them by name.
    const byOrganizer = await organizer.agent.get(path('/check-ins/attendees?q=greta')).expect(200);
    expect(byOrganizer.body.items.map((a: { displayName: string }) => a.displayName)).toEqual([
      'Greta Juror',
      'Greta Åkesson',
    ]);
    await volunteer.agent.post(path('/check-ins')).send({ userId: mentor.id }).expect(200);

    await volunteer.agent.get(path('/check-ins/counts')).expect(403);
    await volunteer.agent.get(path('/check-ins/export.csv')).expect(403);
    await volunteer.agent.post(path('/announcements')).send({ body: 'Hi' }).expect(403);
    await volunteer.agent.get(path('/teams')).expect(403);
    await volunteer.agent
      .post(path('/schedule'))
      .send({ kind: 'talk', title: 'x', startsAt: '2026-05-19T18:00:00Z', endsAt: '2026-05-19T18:00:00Z' })
      .expect(403);
    await participant.agent.post(path('/check-ins')).send({ userId: participant.id }).expect(403);
    await participant.agent.get(path('/check-ins/attendees')).expect(403);
  });

  it('shows organizers the counts live and exports who attended', async () => {
    const { organizer, event, volunteer, participant, juror, path } = await door();
    const socket: Client = io(url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie: await cookieOf(t.http, organizer) },
    });
    sockets.push(socket);
    await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
    expect(await socket.emitWithAck('subscribe', { eventSlug: event.slug })).toMatchObject({ organizer: true });
    expect((await organizer.agent.get(path('/check-ins/counts')).expect(200)).body).toEqual({
      eventId: event.id,
      checkedIn: 0,
      registered: 2,
    });
    const pushed = new Promise((resolve) => socket.once('checkin.counts', resolve));
    t.clock.set('2026-05-19T16:05:00Z');
    await volunteer.agent
      .post(path('/check-ins'))
      .send({ code: (await ticketOf(juror, path)).code })
      .expect(200);
    expect(await pushed).toEqual({ eventId: event.id, checkedIn: 1, registered: 2 });

    await juror.agent.patch('/api/auth/me').send({ displayName: '=HYPERLINK("x")' }).expect(200);
    const csv = await organizer.agent.get(path('/check-ins/export.csv')).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(parseCsv(csv.text)).toEqual([
      ['name', 'roles', 'checked_in_at'],
      ['\'=HYPERLINK("x")', 'jury', '2026-05-19T16:05:00.000Z'],
    ]);
    expect(csv.text).not.toContain(participant.email);
  });
});
