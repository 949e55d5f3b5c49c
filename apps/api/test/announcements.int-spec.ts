import type { AnnouncementDto, ClientToServerMessages, ServerToClientMessages } from '@hackboard/contracts';
import type { AddressInfo } from 'node:net';
import { type Socket, io } from 'socket.io-client';
import request from 'supertest';
import { type TestUser, createEvent, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

type Client = Socket<ServerToClientMessages, ClientToServerMessages>;

describe.each(drivers())('announcements on %s', (driver) => {
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

  /** A socket signed in the way a browser is: with the access cookie of the user's agent. */
  async function socketFor(user: TestUser | null): Promise<Client> {
    let cookie = '';
    if (user) {
      const login = await request(t.http).post('/api/auth/login').send({ email: user.email, password: user.password });
      cookie = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    }
    const socket: Client = io(url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: cookie ? { cookie } : {},
    });
    sockets.push(socket);
    await new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(undefined));
      socket.once('connect_error', reject);
    });
    return socket;
  }

  it('lets organizers post; members read them and get them pushed, visitors do not', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const participant = await registerUser(t, 'Participant');
    await participant.agent.post(`/api/events/${event.id}/join`).expect(200);

    const memberSocket = await socketFor(participant);
    const visitorSocket = await socketFor(null);
    expect(await memberSocket.emitWithAck('subscribe', { eventSlug: event.slug })).toMatchObject({
      ok: true,
      member: true,
    });
    expect(await visitorSocket.emitWithAck('subscribe', { eventSlug: event.slug })).toMatchObject({
      ok: true,
      member: false,
    });
    const heardByVisitor: AnnouncementDto[] = [];
    visitorSocket.on('announcement.posted', (message) => heardByVisitor.push(message));
    const pushed = new Promise<AnnouncementDto>((resolve) => memberSocket.once('announcement.posted', resolve));

    const posted = await organizer.agent
      .post(`/api/events/${event.id}/announcements`)
      .send({ body: 'Lunch is served in hall B.' })
      .expect(201);
    expect(posted.body).toMatchObject({
      body: 'Lunch is served in hall B.',
      author: { displayName: expect.any(String) },
    });
    await expect(pushed).resolves.toEqual(posted.body);

    const list = await participant.agent.get(`/api/events/${event.id}/announcements`).expect(200);
    expect(list.body.items).toEqual([posted.body]);
    await request(t.http).get(`/api/events/${event.id}/announcements`).expect(401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heardByVisitor).toEqual([]);
  });

  it('refuses posts from anyone but organizers, and empty or oversized text', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const participant = await registerUser(t, 'Participant');
    await participant.agent.post(`/api/events/${event.id}/join`).expect(200);
    await participant.agent.post(`/api/events/${event.id}/announcements`).send({ body: 'Hi' }).expect(403);
    const empty = await organizer.agent.post(`/api/events/${event.id}/announcements`).send({ body: '   ' }).expect(400);
    expect(empty.body.fields).toEqual({ body: 'is required' });
    await organizer.agent
      .post(`/api/events/${event.id}/announcements`)
      .send({ body: 'x'.repeat(5001) })
      .expect(400);
    const list = await organizer.agent.get(`/api/events/${event.id}/announcements`).expect(200);
    expect(list.body.total).toBe(0);
  });
});
