import type { LeaderboardDto } from '@hackboard/contracts';
import { jest } from '@jest/globals';
import request from 'supertest';
import { AccessService } from '../src/access/access.service.js';
import { VISITOR_SUBSCRIPTION_MS } from '../src/realtime/visitor-subscriptions.js';
import { HACKING, JUDGING, expectStatus, judgingWorld, readyToScore, score } from './support/judging-world.js';
import { type LiveClient, connectLive, eventually, sleep, snapshotsOf, urlOf } from './support/live-sockets.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const WINDOW_MS = 100;

describe.each(drivers())('visitors subscribing on %s', (driver) => {
  let t: TestApp;
  let url: string;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    t = await startTestApp(driver, { LIVE_COALESCE_MS: String(WINDOW_MS) });
    await t.app.listen(0, '127.0.0.1');
    url = urlOf(t.http);
  });
  afterAll(async () => {
    clients.forEach((client) => client.disconnect());
    jest.restoreAllMocks();
    await t.close();
  });

  async function liveScene() {
    t.clock.set(HACKING);
    const w = await judgingWorld(t, {
      challenges: 1,
      perChallenge: 3,
      jurors: 1,
      event: { leaderboardVisibility: 'live' },
    });
    const { heats } = await readyToScore(w);
    t.clock.set(JUDGING);
    return { w, heat: heats[0]! };
  }

  async function visitors(slug: string, count: number) {
    const connected = await Promise.all(Array.from({ length: count }, () => connectLive(url)));
    clients.push(...connected);
    const heard = connected.map((client) => snapshotsOf(client));
    const acks = await Promise.all(connected.map((client) => client.emitWithAck('subscribe', { eventSlug: slug })));
    return { heard, acks };
  }

  it('lets a crowd of visitors reconnecting at once share one look-up, each starting from the board', async () => {
    const { w } = await liveScene();
    await sleep(VISITOR_SUBSCRIPTION_MS);
    const lookups = jest.spyOn(t.app.get(AccessService), 'eventAccess');
    const { heard, acks } = await visitors(w.event.slug, 60);
    expect(acks.every((ack) => ack.ok)).toBe(true);
    expect(lookups.mock.calls.filter(([slug, user]) => slug === w.event.slug && user === null).length).toBe(1);
    lookups.mockRestore();
    const rest = await expectStatus<LeaderboardDto>(request(t.http).get(w.path('/leaderboard')), 200);
    await eventually(() => heard.every((messages) => messages.length === 1), 'every visitor to get the board');
    expect(new Set(heard.map((messages) => messages[0]!.version))).toEqual(new Set([rest.version]));
  });

  it('starts a visitor from the newest board its room was sent, though the shared look-up is older', async () => {
    const { w, heat } = await liveScene();
    const first = await visitors(w.event.slug, 1);
    await eventually(() => first.heard[0]!.length === 1, 'the first board');
    const before = first.heard[0]![0]!.version;
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[0]!.id, { impact: 9, design: 8 }), 200);
    await eventually(() => first.heard[0]!.at(-1)!.version > before, 'the pushed board');
    const pushed = first.heard[0]!.at(-1)!.version;
    // Within the second the first visitor's look-up still serves, and it holds the older board.
    const late = await visitors(w.event.slug, 1);
    await eventually(() => late.heard[0]!.length === 1, "the late visitor's board");
    expect(late.heard[0]![0]!.version).toBe(pushed);
  });

  it('refuses visitors an event that is not public, and a challenge the event does not have', async () => {
    const { w } = await liveScene();
    await w.organizer.agent.patch(w.path('')).send({ isPublic: false });
    await sleep(VISITOR_SUBSCRIPTION_MS);
    const [client] = await Promise.all([connectLive(url)]);
    clients.push(client!);
    expect(await client!.emitWithAck('subscribe', { eventSlug: w.event.slug })).toMatchObject({
      ok: false,
      code: 'EVENT_NOT_FOUND',
    });
    await w.organizer.agent.patch(w.path('')).send({ isPublic: true });
    await sleep(VISITOR_SUBSCRIPTION_MS);
    expect(
      await client!.emitWithAck('subscribe', {
        eventSlug: w.event.slug,
        challengeId: '00000000-0000-4000-8000-000000000000',
      }),
    ).toMatchObject({ ok: false, code: 'CHALLENGE_NOT_FOUND' });
  });
});
