import type { ClientToServerMessages, ServerToClientMessages, SubscribeAck } from '@hackboard/contracts';
import type { AddressInfo } from 'node:net';
import { type Socket, io } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { EventEntity } from '../src/events/event.entity.js';
import { RealtimePublisher } from '../src/realtime/realtime.publisher.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { type Driver, drivers } from './support/test-databases.js';

type Client = Socket<ServerToClientMessages, ClientToServerMessages>;

async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
}

function connect(url: string): Promise<Client> {
  const client: Client = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('connect_error', reject);
  });
}

async function seedEvent(t: TestApp, slug: string, isPublic: boolean): Promise<string> {
  const events = t.app.get(DataSource).getRepository(EventEntity);
  const at = new Date('2026-05-20T10:00:00Z');
  const saved = await events.save(
    events.create({
      slug,
      name: slug,
      isPublic,
      registrationOpensAt: at,
      hackingStartsAt: at,
      submissionDeadline: at,
      judgingEndsAt: at,
    }),
  );
  return saved.id;
}

function runSuite(driver: Driver, redisUrl?: string) {
  describe(`realtime on ${driver}${redisUrl ? ' with the Redis adapter' : ''}`, () => {
    let t: TestApp;
    let url: string;
    let publicId: string;
    const clients: Client[] = [];

    beforeAll(async () => {
      t = await startTestApp(driver, redisUrl ? { REDIS_URL: redisUrl } : {});
      publicId = await seedEvent(t, 'live-hack', true);
      await seedEvent(t, 'draft-hack', false);
      url = await listen(t);
    });
    afterAll(async () => {
      clients.forEach((client) => client.disconnect());
      await t.close();
    });

    const client = async () => {
      const socket = await connect(url);
      clients.push(socket);
      return socket;
    };

    it('serves Socket.IO on the API port and lets a visitor subscribe to a public event', async () => {
      const socket = await client();
      const ack = await socket.emitWithAck('subscribe', { eventSlug: 'live-hack' });
      expect(ack).toEqual<SubscribeAck>({ ok: true, eventId: publicId, member: false, organizer: false });
    });

    it('refuses to subscribe to an event that is not public', async () => {
      const socket = await client();
      const ack = await socket.emitWithAck('subscribe', { eventSlug: 'draft-hack' });
      expect(ack).toMatchObject({ ok: false, code: 'EVENT_NOT_FOUND' });
    });

    it('delivers a message published for an event to its subscribers only', async () => {
      const subscriber = await client();
      const bystander = await client();
      await subscriber.emitWithAck('subscribe', { eventSlug: 'live-hack' });
      const heardByBystander: unknown[] = [];
      bystander.on('phase.changed', (message) => heardByBystander.push(message));

      const received = new Promise((resolve) => subscriber.once('phase.changed', resolve));
      t.app
        .get(RealtimePublisher)
        .toPublic(publicId, 'phase.changed', { eventId: publicId, phase: 'judging', at: '2026-05-22T16:00:00.000Z' });

      await expect(received).resolves.toEqual({ eventId: publicId, phase: 'judging', at: '2026-05-22T16:00:00.000Z' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heardByBystander).toEqual([]);
    });
  });
}

for (const driver of drivers()) runSuite(driver);
if (process.env['TEST_REDIS_URL']) runSuite(drivers().at(-1)!, process.env['TEST_REDIS_URL']);
