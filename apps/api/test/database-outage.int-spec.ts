import request from 'supertest';
import { DataSource } from 'typeorm';
import { EventEntity } from '../src/events/event.entity.js';
import { makeAdmin, registerUser, timelineAround } from './support/actors.js';
import { CuttableLink } from './support/cuttable-link.js';
import { connectLive, urlOf } from './support/live-sockets.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-databases.js';

const withPostgres = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;

withPostgres('a database outage', () => {
  let database: TestDatabase;
  let link: CuttableLink;
  let t: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const url = new URL(database.env['DATABASE_URL']!);
    link = new CuttableLink({ host: url.hostname, port: Number(url.port || 5432) });
    await link.open();
    url.host = `127.0.0.1:${link.port}`;
    t = await startTestApp('sqlite', { DATABASE_URL: url.toString(), DB_POOL_SIZE: '3' });
  });
  afterAll(async () => {
    await t?.close();
    await link?.cut();
    await database?.drop();
  });

  it('answers 503 while the database is down, changes nothing, and recovers by itself', async () => {
    const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
    await request(t.http).get('/api/health').expect(200);

    await link.cut();
    const health = await request(t.http).get('/api/health').expect(503);
    expect(health.body.database.status).toBe('down');
    const read = await request(t.http).get('/api/events').expect(503);
    expect(read.body.code).toBe('SERVICE_UNAVAILABLE');
    const write = await admin.agent
      .post('/api/events')
      .send({ slug: 'during-outage', name: 'During outage', timeline: timelineAround() });
    expect(write.status).toBe(503);

    await link.open();
    let recovered = 0;
    for (let attempt = 0; attempt < 50 && recovered !== 200; attempt++) {
      recovered = (await request(t.http).get('/api/events')).status;
      if (recovered !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(recovered).toBe(200);
    await request(t.http).get('/api/health').expect(200);
    expect(await t.app.get(DataSource).getRepository(EventEntity).countBy({ slug: 'during-outage' })).toBe(0);
    await admin.agent
      .post('/api/events')
      .send({ slug: 'after-outage', name: 'After outage', timeline: timelineAround() })
      .expect(201);
  });

  it('answers reads and token checks after one killed connection, retrying once, and makes a write once', async () => {
    const user = await registerUser(t, 'Reader');
    const admin = await makeAdmin(t, await registerUser(t, 'Writer'));
    const countEvents = () => t.app.get(DataSource).getRepository(EventEntity).countBy({ slug: 'killed-write' });
    for (const [what, send, expected] of [
      ['an anonymous read', () => request(t.http).get('/api/events'), 200],
      ['a signed-in read (token check first)', () => user.agent.get('/api/auth/me'), 200],
      [
        'a write (its token check retried)',
        () =>
          admin.agent
            .post('/api/events')
            .send({ slug: 'killed-write', name: 'Killed write', timeline: timelineAround() }),
        201,
      ],
    ] as const) {
      link.hold();
      const answer = send().then((response) => response);
      // The request's queries are now in flight on connections that are about to die.
      await new Promise((resolve) => setTimeout(resolve, 300));
      link.dropHeld();
      const response = await answer;
      expect({ what, status: response.status }).toEqual({ what, status: expected });
    }
    expect(await countEvents()).toBe(1);
  });

  it('tells a socket subscribing while the database is down to try again, not that the event is gone', async () => {
    const admin = await makeAdmin(t, await registerUser(t, 'Live admin'));
    await admin.agent
      .post('/api/events')
      .send({ slug: 'live-outage', name: 'Live outage', timeline: timelineAround() })
      .expect(201);
    await admin.agent.patch('/api/events/live-outage').send({ isPublic: true }).expect(200);
    if (!t.http.listening) await t.app.listen(0, '127.0.0.1');
    const client = await connectLive(urlOf(t.http));
    try {
      // A second after any visitor's look-up, so this one goes to the database.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      await link.cut();
      const busy = await client.emitWithAck('subscribe', { eventSlug: 'live-outage' });
      expect(busy).toMatchObject({ ok: false, code: 'UNAVAILABLE' });
      await link.open();
      let answer = busy;
      for (let attempt = 0; attempt < 50 && !answer.ok; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        answer = await client.emitWithAck('subscribe', { eventSlug: 'live-outage' });
      }
      expect(answer).toMatchObject({ ok: true });
    } finally {
      client.disconnect();
    }
  });
});
