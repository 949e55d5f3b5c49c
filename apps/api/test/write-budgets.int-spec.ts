import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import { DEFAULT_BUDGETS, WRITE_CLASSES, type WriteClass, budgetVariable } from '../src/rate-limit/write-budgets.js';
import { type TestUser, grantRole, registerUser } from './support/actors.js';
import {
  HACKING,
  JUDGING,
  type JudgingWorld,
  expectStatus,
  judgingWorld,
  readyToScore,
  score,
} from './support/judging-world.js';
import { cookieOf, sleep } from './support/live-sockets.js';
import { type TestApp, startAnotherInstance, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

/** The production budgets, as a deployment without settings has them. */
const PRODUCTION_BUDGETS = Object.fromEntries(
  WRITE_CLASSES.map((name) => [budgetVariable(name), DEFAULT_BUDGETS[name]]),
);

type Method = 'post' | 'put' | 'patch' | 'delete';

/** One write of each class; the access layer lets it through for `writerOf(name)`. */
function writeOf(name: WriteClass, event: string): [Method, string, object] {
  const id = randomUUID();
  switch (name) {
    case 'announcements':
      return ['post', `/api/events/${event}/announcements`, { title: 'Lunch', body: 'Lunch is served.' }];
    case 'profile':
      return ['patch', '/api/auth/me', { displayName: `Name ${randomBytes(2).toString('hex')}` }];
    case 'submissions':
      return ['patch', `/api/events/${event}/submissions/${id}`, { version: 1, summary: 'Again' }];
    case 'reviews':
      return ['put', `/api/events/${event}/rounds/${id}/reviews/${randomUUID()}`, { scores: {} }];
    case 'invitations':
      return ['post', `/api/events/${event}/invitations`, { email: `x${id}@example.test`, role: 'jury' }];
    case 'messages':
      return ['post', `/api/events/${event}/messages`, { subject: 'Hi', body: 'Hello', audience: 'everyone' }];
    case 'writes':
      return ['post', `/api/events/${event}/criteria`, { name: 'x', key: 'x', weight: 1 }];
  }
}

/** Someone the access layer lets through for `name`, with nothing written yet. */
async function writerOf(t: TestApp, name: WriteClass, w: JudgingWorld): Promise<TestUser> {
  const writer = await registerUser(t, 'Writer');
  const role = name === 'submissions' ? 'participant' : name === 'reviews' ? 'jury' : 'organizer';
  await grantRole(t, w.event.id, writer, role);
  return writer;
}

function send(http: Server, user: TestUser | string, [method, path, body]: [Method, string, object]) {
  const agent = typeof user === 'string' ? request(http)[method](path).set('Cookie', user) : user.agent[method](path);
  return agent.send(body);
}

/** Sends `write` until it is refused with 429 (at most `max` times); answers how many got through. */
async function burst(http: Server, user: TestUser, write: () => [Method, string, object], max = 100) {
  for (let sent = 0; sent < max; sent++) {
    const response = await send(http, user, write());
    if (response.status === 429) return { passed: sent, refusal: response };
    if (response.status >= 500) throw new Error(`server error: ${JSON.stringify(response.body)}`);
  }
  return { passed: max, refusal: null };
}

describe.each(drivers())('write budgets on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver, PRODUCTION_BUDGETS)));
  afterAll(() => t.close());

  it.each(WRITE_CLASSES)('stops a burst of %s before 100 requests with 429 and Retry-After', async (name) => {
    const w = await judgingWorld(t, { challenges: 1, perChallenge: 1, jurors: 1 });
    const writer = await writerOf(t, name, w);
    const { passed, refusal } = await burst(t.http, writer, () => writeOf(name, w.event.id));
    expect(passed).toBe(Number(DEFAULT_BUDGETS[name].split('/')[0]));
    expect(refusal?.body).toEqual({ code: 'TOO_MANY_WRITES', message: expect.stringContaining('nothing was lost') });
    expect(Number(refusal?.headers['retry-after'])).toBeGreaterThan(0);

    // Reading stays open, another class keeps its own budget, and another person has their own.
    await writer.agent.get(`/api/events/${w.event.id}`).expect(200);
    const other = name === 'profile' ? 'writes' : 'profile';
    expect((await send(t.http, writer, writeOf(other, w.event.id))).status).not.toBe(429);
    const colleague = await writerOf(t, name, w);
    expect((await send(t.http, colleague, writeOf(name, w.event.id))).status).not.toBe(429);
  });

  it('counts every session of one person against the same budget', async () => {
    const user = await registerUser(t, 'Twice');
    const otherSession = await cookieOf(t.http, user);
    const [points] = DEFAULT_BUDGETS.profile.split('/');
    for (let i = 0; i < Number(points); i++) {
      await expectStatus(send(t.http, i % 2 ? user : otherSession, writeOf('profile', 'unused')), 200);
    }
    expect((await send(t.http, otherSession, writeOf('profile', 'unused'))).status).toBe(429);
    // Signing out always works, over budget or not.
    await request(t.http).post('/api/auth/logout').set('Cookie', otherSession).expect(204);
  });
});

// Each suite starts its own instance and stops it at the end: passport strategies are process-wide.
describe.each(drivers())('a juror session under the review budget on %s', (driver) => {
  let paced: TestApp;
  afterAll(() => paced?.close());

  it('never stops a juror scoring 60 projects in an hour, saving each a few times', async () => {
    // An hour at 300 times the speed against the reviews budget's window shortened as much
    // (fixed windows scale with time): the same count per window as the real session.
    const [points, window] = DEFAULT_BUDGETS.reviews.split('/') as [string, string];
    // The window becomes one second: the session runs `speedUp` times faster.
    const speedUp = Number(window.slice(0, -1)) * (window.endsWith('m') ? 60 : 1);
    paced = await startTestApp(driver, { [budgetVariable('reviews')]: `${points}/1s` });
    paced.clock.set(HACKING);
    const w = await judgingWorld(paced, { challenges: 2, perChallenge: 30, jurors: 1 });
    const { heats } = await readyToScore(w);
    paced.clock.set(JUDGING);
    const juror = w.jurors[0]!;
    const heatOf = new Map(heats.map((heat) => [heat.challengeId, heat.id]));
    const perSave = (3_600_000 / 60 / 3 / speedUp) | 0;
    const statuses: number[] = [];
    for (const submission of w.submissions) {
      for (const impact of [3, 4, 5]) {
        const started = Date.now();
        const saved = await score(w, juror, heatOf.get(submission.challengeId)!, submission.id, {
          impact,
          design: 3,
        });
        statuses.push(saved.status);
        await sleep(Math.max(0, perSave - (Date.now() - started)));
      }
    }
    expect(statuses).toHaveLength(180);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  }, 60_000);
});

describe.each(drivers())('write budgets at the edge on %s', (driver) => {
  let edge: TestApp;
  afterAll(() => edge?.close());

  it('lets writes through again once the window has passed, exactly at the edge', async () => {
    edge = await startTestApp(driver, { [budgetVariable('profile')]: '3/1s' });
    const user = await registerUser(edge, 'Edge');
    const rename = () => writeOf('profile', 'unused');
    const first = await burst(edge.http, user, rename, 10);
    expect(first.passed).toBe(3);
    expect(first.refusal?.headers['retry-after']).toBe('1');
    await sleep(1_100);
    expect((await send(edge.http, user, rename())).status).toBe(200);
  });
});

const withServices = process.env['TEST_DATABASE_URL'] && process.env['TEST_REDIS_URL'] ? describe : describe.skip;

withServices('write budgets across two instances sharing Redis', () => {
  const redis = { REDIS_URL: process.env['TEST_REDIS_URL'] ?? '', [budgetVariable('profile')]: '10/1m' };
  let a: TestApp;
  let b: INestApplication;
  beforeAll(async () => {
    a = await startTestApp('postgres', redis);
    b = await startAnotherInstance(a, redis);
  });
  // Passport strategies are process-wide: both apps stay open until the end.
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('holds one budget for a person whichever instance answers', async () => {
    const user = await registerUser(a, 'Spread');
    const session = await cookieOf(a.http, user);
    const instances = [a.http, b.getHttpServer() as Server];
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await send(instances[i % 2]!, session, writeOf('profile', 'unused'))).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
