import type { LeaderboardDto } from '@hackboard/contracts';
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { Redis } from 'ioredis';
import request from 'supertest';
import { HACKING, JUDGING, expectStatus, judgingWorld, readyToScore } from './support/judging-world.js';
import {
  type LiveClient,
  connectLive,
  cookieOf,
  eventually,
  sleep,
  snapshotsOf,
  urlOf,
} from './support/live-sockets.js';
import { type TestApp, startAnotherInstance, startTestApp } from './support/test-app.js';

/** Long, so a change held back by the window is plainly not pushed by the window's end. */
const WINDOW_MS = 2_000;
const withServices = process.env['TEST_DATABASE_URL'] && process.env['TEST_REDIS_URL'] ? describe : describe.skip;

withServices('an instance that stops while it holds a push window', () => {
  const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  let a: TestApp;
  let stopping: INestApplication | undefined;
  let redis: Redis;
  let client: LiveClient | undefined;

  beforeAll(async () => {
    a = await startTestApp('postgres', {
      REDIS_URL: redisUrl,
      APP_SECRET: randomBytes(32).toString('hex'),
      LIVE_COALESCE_MS: String(WINDOW_MS),
    });
    await a.app.listen(0, '127.0.0.1');
    redis = new Redis(redisUrl);
  });
  afterAll(async () => {
    client?.disconnect();
    await stopping?.close();
    await a?.close();
    redis?.disconnect();
  });

  it('pushes the changes its window held back and gives the window up, so none waits for it', async () => {
    a.clock.set(HACKING);
    const w = await judgingWorld(a, {
      challenges: 1,
      perChallenge: 3,
      jurors: 1,
      event: { leaderboardVisibility: 'live' },
    });
    const { heats } = await readyToScore(w);
    a.clock.set(JUDGING);
    const cookie = await cookieOf(a.http, w.jurors[0]!);
    client = await connectLive(urlOf(a.http));
    const heard = snapshotsOf(client, null);
    expect(await client.emitWithAck('subscribe', { eventSlug: w.event.slug })).toMatchObject({ ok: true });
    await eventually(() => heard.length === 1, 'the snapshot on subscribe', 1_000);

    // Passport's strategies are process-wide and this instance's are registered last: it starts
    // after every sign-in, and nothing signs in once it has stopped.
    stopping = await startAnotherInstance(a, { REDIS_URL: redisUrl, LIVE_COALESCE_MS: String(WINDOW_MS) });
    const http = stopping.getHttpServer() as Server;
    const save = async (submission: number, impact: number) =>
      expectStatus(
        request(http)
          .put(w.path(`/rounds/${heats[0]!.id}/reviews/${w.submissions[submission]!.id}`))
          .set('Cookie', cookie)
          .send({ scores: { impact, design: 5 } }),
        200,
      );
    // Once the windows of the set-up's changes have closed, the first change opens a window on the
    // stopping instance and is pushed at once; the second waits for the window's end.
    const windowKey = `hackboard:live:${w.event.id}`;
    for (let quiet = Date.now() + 4 * WINDOW_MS; (await redis.exists(windowKey)) === 1; await sleep(50)) {
      if (Date.now() > quiet) throw new Error("the set-up's push window never closed");
    }
    await save(0, 7);
    const first = (await expectStatus<LeaderboardDto>(request(http).get(w.path('/leaderboard')), 200)).version;
    await eventually(() => heard.at(-1)?.version === first, 'the first change, pushed at once', 1_000);
    await save(1, 9);
    const newest = await expectStatus<LeaderboardDto>(request(http).get(w.path('/leaderboard')), 200);
    expect(newest.version).toBe(first + 1);
    expect(heard.at(-1)!.version).toBe(first);
    expect(await redis.exists(windowKey)).toBe(1);

    const stoppedAt = Date.now();
    await stopping.close();
    stopping = undefined;
    await eventually(() => heard.at(-1)?.version === newest.version, 'the held-back change', 1_000);
    expect(heard.at(-1)!.at - stoppedAt).toBeLessThan(WINDOW_MS);
    expect(heard.at(-1)!.board.standings).toEqual(
      newest.standings.map((standing) => expect.objectContaining({ submissionId: standing.submissionId })),
    );
    expect(await redis.exists(windowKey)).toBe(0);
  });
});
