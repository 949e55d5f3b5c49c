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

const WINDOW_MS = 250;
/** The stopping instance's window: long, so what it holds back is plainly not pushed by the window's end. */
const LONG_WINDOW_MS = 2_000;
const withServices = process.env['TEST_DATABASE_URL'] && process.env['TEST_REDIS_URL'] ? describe : describe.skip;

withServices('an instance that stops or dies while it holds a push window', () => {
  const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  let a: TestApp;
  let stopping: INestApplication | undefined;
  let redis: Redis;
  const clients: LiveClient[] = [];

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
    clients.forEach((client) => client.disconnect());
    await stopping?.close();
    await a?.close();
    redis?.disconnect();
  });

  /** A live event in judging, a juror's cookie, a visitor's socket on A, and once the set-up's push windows have closed. */
  async function scene() {
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
    const client = await connectLive(urlOf(a.http));
    clients.push(client);
    const heard = snapshotsOf(client, null);
    expect(await client.emitWithAck('subscribe', { eventSlug: w.event.slug })).toMatchObject({ ok: true });
    await eventually(() => heard.length === 1, 'the snapshot on subscribe', 1_000);
    const windowKey = `hackboard:live:${w.event.id}`;
    for (let until = Date.now() + 10_000; (await redis.exists(windowKey)) === 1; await sleep(50)) {
      if (Date.now() > until) throw new Error("the set-up's push window never closed");
    }
    /** Saves a score through instance `http`. */
    const save = (http: Server, submission: number, impact: number) =>
      expectStatus(
        request(http)
          .put(w.path(`/rounds/${heats[0]!.id}/reviews/${w.submissions[submission]!.id}`))
          .set('Cookie', cookie)
          .send({ scores: { impact, design: 5 } }),
        200,
      );
    const board = (http: Server) => expectStatus<LeaderboardDto>(request(http).get(w.path('/leaderboard')), 200);
    return { heard, windowKey, save, board };
  }

  it('pushes a change marked in the window of an instance that died, once that window has expired', async () => {
    const { heard, windowKey, save, board } = await scene();
    // An instance opened the window and died: nobody will close it.
    await redis.set(windowKey, 'an-instance-that-died', 'PX', 1_000);
    await save(a.http, 0, 8);
    const newest = await board(a.http);
    await sleep(500);
    expect(heard.at(-1)!.version).toBeLessThan(newest.version);
    await eventually(() => heard.at(-1)?.version === newest.version, 'the change, pushed by A', 3_000);
    expect(heard.at(-1)!.board.standings.map((standing) => standing.submissionId)).toEqual(
      newest.standings.map((standing) => standing.submissionId),
    );
  });

  // Last: passport's strategies are process-wide and the stopping instance's are registered last, so
  // it starts after every sign-in, and nothing signs in once it has stopped.
  it('pushes the changes its window held back when it stops, and gives the window up', async () => {
    const { heard, windowKey, save, board } = await scene();
    stopping = await startAnotherInstance(a, { REDIS_URL: redisUrl, LIVE_COALESCE_MS: String(LONG_WINDOW_MS) });
    const http = stopping.getHttpServer() as Server;
    // The first change opens a window on the stopping instance and is pushed at once; the second waits for its end.
    await save(http, 0, 7);
    const first = (await board(http)).version;
    await eventually(() => heard.at(-1)?.version === first, 'the first change, pushed at once', 1_000);
    await save(http, 1, 9);
    const newest = await board(http);
    expect(newest.version).toBe(first + 1);
    expect(heard.at(-1)!.version).toBe(first);
    expect(await redis.exists(windowKey)).toBe(1);

    const stoppedAt = Date.now();
    await stopping.close();
    stopping = undefined;
    await eventually(() => heard.at(-1)?.version === newest.version, 'the held-back change', 1_000);
    expect(heard.at(-1)!.at - stoppedAt).toBeLessThan(LONG_WINDOW_MS);
    expect(heard.at(-1)!.board.standings.map((standing) => standing.submissionId)).toEqual(
      newest.standings.map((standing) => standing.submissionId),
    );
    expect(await redis.exists(windowKey)).toBe(0);
  });
});
