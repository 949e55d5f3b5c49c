import type { LeaderboardDto } from '@hackboard/contracts';
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import {
  HACKING,
  JUDGING,
  type JudgingWorld,
  expectStatus,
  judgingWorld,
  readyToScore,
} from './support/judging-world.js';
import {
  type LiveClient,
  comparable,
  connectLive,
  cookieOf,
  eventually,
  sleep,
  snapshotsOf,
  urlOf,
} from './support/live-sockets.js';
import { CuttableLink } from './support/cuttable-link.js';
import { type TestApp, startAnotherInstance, startTestApp } from './support/test-app.js';

const WINDOW_MS = 250;
const withServices = process.env['TEST_DATABASE_URL'] && process.env['TEST_REDIS_URL'] ? describe : describe.skip;

withServices('live leaderboards across two instances sharing PostgreSQL and Redis', () => {
  const redisUrl = new URL(process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379');
  const secret = randomBytes(32).toString('hex');
  let link: CuttableLink;
  let a: TestApp;
  let b: INestApplication;
  let bHttp: Server;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    link = new CuttableLink({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) });
    await link.open();
    // Instance A reaches Redis through the relay; B directly. Same database, same secret.
    a = await startTestApp('postgres', {
      REDIS_URL: `redis://127.0.0.1:${link.port}`,
      APP_SECRET: secret,
      LIVE_COALESCE_MS: String(WINDOW_MS),
    });
    await a.app.listen(0, '127.0.0.1');
    b = await startAnotherInstance(a, { REDIS_URL: redisUrl.toString(), LIVE_COALESCE_MS: String(WINDOW_MS) });
    bHttp = b.getHttpServer() as Server;
  });
  // Passport strategies are process-wide: both apps stay open until the end.
  afterAll(async () => {
    clients.forEach((client) => client.disconnect());
    await b?.close();
    await a?.close();
    await link?.cut();
  });

  async function scene(): Promise<{ w: JudgingWorld; heatId: string; jurorCookies: string[] }> {
    a.clock.set(HACKING);
    const w = await judgingWorld(a, {
      challenges: 1,
      perChallenge: 4,
      jurors: 3,
      event: { leaderboardVisibility: 'live' },
    });
    const { heats } = await readyToScore(w);
    a.clock.set(JUDGING);
    const jurorCookies = await Promise.all(w.jurors.map((juror) => cookieOf(a.http, juror)));
    return { w, heatId: heats[0]!.id, jurorCookies };
  }

  /** Saves one score through instance `http`, a new value each time so every save raises the version. */
  function saver(w: JudgingWorld, heatId: string, jurorCookies: string[]) {
    let n = 0;
    return async (http: Server) => {
      const i = n++;
      const submission = w.submissions[i % w.submissions.length]!;
      await expectStatus(
        request(http)
          .put(w.path(`/rounds/${heatId}/reviews/${submission.id}`))
          .set('Cookie', jurorCookies[i % jurorCookies.length]!)
          .send({ scores: { impact: 1 + (i % 10), design: 1 + ((i * 7) % 10) } }),
        200,
      );
    };
  }

  const restOn = (http: Server, w: JudgingWorld, challengeId?: string) =>
    expectStatus<LeaderboardDto>(
      request(http).get(w.path(`/leaderboard${challengeId ? `?challengeId=${challengeId}` : ''}`)),
      200,
    );

  /** What a socket on A hears of one board: the event's, or with `challengeId` that challenge's. */
  async function subscribeOnA(w: JudgingWorld, challengeId?: string) {
    return subscribeOn(a.http, w, challengeId);
  }

  async function subscribeOn(http: Server, w: JudgingWorld, challengeId?: string) {
    const client = await connectLive(urlOf(http));
    clients.push(client);
    const heard = snapshotsOf(client, challengeId ?? null);
    const ack = await client.emitWithAck('subscribe', {
      eventSlug: w.event.slug,
      ...(challengeId ? { challengeId } : {}),
    });
    expect(ack).toMatchObject({ ok: true });
    return heard;
  }

  it('pushes scores saved on B to clients on A, versions increasing, ending equal to REST on both', async () => {
    const { w, heatId, jurorCookies } = await scene();
    const heard = await subscribeOnA(w);
    const save = saver(w, heatId, jurorCookies);
    const started = Date.now();
    for (let i = 0; i < 60; i++) await save(bHttp);
    const duration = Date.now() - started;
    const [onA, onB] = [await restOn(a.http, w), await restOn(bHttp, w)];
    await eventually(() => heard.at(-1)?.version === onB.version, 'the newest snapshot on A', 3_000);
    const versions = heard.map((message) => message.version);
    expect([...versions].sort((x, y) => x - y)).toEqual(versions);
    // The snapshot on subscribe, then one per window at most.
    expect(heard.length).toBeLessThanOrEqual(Math.ceil(duration / WINDOW_MS) + 3);
    expect(onA.version).toBe(onB.version);
    expect(comparable(heard.at(-1)!.board)).toEqual(comparable(onB));
    expect(comparable(onA)).toEqual(comparable(onB));
  });

  it("pushes a challenge's board to its subscriber on A for scores saved on B, within a second, coalesced", async () => {
    const { w, heatId, jurorCookies } = await scene();
    const challengeId = w.challenges[0]!.id;
    const heard = await subscribeOnA(w, challengeId);
    await eventually(() => heard.length === 1, 'the snapshot on subscribe', 1_000);
    const save = saver(w, heatId, jurorCookies);
    await save(bHttp);
    const saved = Date.now();
    await eventually(() => heard.length > 1, "the challenge's snapshot from B's save", 1_000);
    expect(heard.at(-1)!.at - saved).toBeLessThan(1_000);
    const started = Date.now();
    for (let i = 0; i < 40; i++) await save(bHttp);
    const duration = Date.now() - started;
    const onB = await restOn(bHttp, w, challengeId);
    await eventually(() => heard.at(-1)?.version === onB.version, 'the newest challenge snapshot on A', 3_000);
    const versions = heard.map((message) => message.version);
    expect([...versions].sort((x, y) => x - y)).toEqual(versions);
    expect(heard.length).toBeLessThanOrEqual(Math.ceil(duration / WINDOW_MS) + 4);
    expect(comparable(heard.at(-1)!.board)).toEqual(comparable(onB));
    expect(comparable(await restOn(a.http, w, challengeId))).toEqual(comparable(onB));
  });

  it('loses no score when A loses Redis mid-run, and its clients converge once Redis is back', async () => {
    const { w, heatId, jurorCookies } = await scene();
    const heard = await subscribeOnA(w);
    const challengeId = w.challenges[0]!.id;
    const challengeHeard = await subscribeOnA(w, challengeId);
    const save = saver(w, heatId, jurorCookies);
    const before = (await restOn(bHttp, w)).version;
    let saves = 0;
    for (let i = 0; i < 10; i++, saves++) await save(i % 2 ? a.http : bHttp);
    await link.cut();
    for (let i = 0; i < 20; i++, saves++) await save(i % 2 ? a.http : bHttp); // both keep serving HTTP
    await sleep(WINDOW_MS);
    await link.open();
    for (let i = 0; i < 5; i++, saves++) await save(bHttp);
    const [onA, onB] = [await restOn(a.http, w), await restOn(bHttp, w)];
    expect(onB.version - before).toBe(saves);
    await eventually(() => heard.at(-1)?.version === onB.version, 'A to converge on the newest snapshot', 10_000);
    expect(comparable(heard.at(-1)!.board)).toEqual(comparable(onB));
    expect(comparable(onA)).toEqual(comparable(onB));
    const challengeOnB = await restOn(bHttp, w, challengeId);
    await eventually(
      () => challengeHeard.at(-1)?.version === challengeOnB.version,
      "A's challenge subscriber to converge",
      10_000,
    );
    expect(comparable(challengeHeard.at(-1)!.board)).toEqual(comparable(challengeOnB));
  });

  it('never sends a socket an older board than it sent, on either instance, when A loses Redis and gets it back', async () => {
    const { w, heatId, jurorCookies } = await scene();
    const onA = await subscribeOn(a.http, w);
    const onB = await subscribeOn(bHttp, w);
    const save = saver(w, heatId, jurorCookies);
    for (let i = 0; i < 4; i++) await save(i % 2 ? a.http : bHttp);
    await link.cut();
    // Both instances keep pushing while A cannot reach Redis: A to its own sockets (and whatever its
    // Redis client holds back), B to everyone it can reach.
    const cutUntil = Date.now() + 2_500;
    for (let i = 0; Date.now() < cutUntil; i++) await save(i % 2 ? a.http : bHttp);
    await link.open();
    for (let i = 0; i < 10; i++) {
      await save(i % 2 ? a.http : bHttp);
      await sleep(100);
    }
    const newest = (await restOn(bHttp, w)).version;
    for (const [name, heard] of [
      ['A', onA],
      ['B', onB],
    ] as const) {
      await eventually(() => heard.at(-1)?.version === newest, `${name} to hold the newest board`, 10_000);
      await sleep(2 * WINDOW_MS);
      const versions = heard.map((message) => message.version);
      const backwards = versions.filter((version, i) => i > 0 && version < versions[i - 1]!);
      expect({ instance: name, backwards }).toEqual({ instance: name, backwards: [] });
    }
  });
});
