import type { LeaderboardDto, PairwisePairDto } from '@hackboard/contracts';
import request from 'supertest';
import { LeaderboardPushes } from '../src/realtime/leaderboard-pushes.service.js';
import { LeaderboardSnapshots } from '../src/realtime/leaderboard-snapshots.js';
import {
  HACKING,
  JUDGING,
  type JudgingWorld,
  MISSING,
  expectStatus,
  judgingWorld,
  readyToScore,
  score,
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
import { type TestApp, startTestApp } from './support/test-app.js';
import { type Driver, drivers } from './support/test-databases.js';

const WINDOW_MS = 250;

describe.each(drivers())('live leaderboards on %s', (driver) => {
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
    await t.close();
  });
  beforeEach(() => t.clock.set(HACKING));

  async function socket(cookie?: string): Promise<LiveClient> {
    const client = await connectLive(url, cookie);
    clients.push(client);
    return client;
  }

  async function subscribed(w: JudgingWorld, who: 'visitor' | 'participant' | 'organizer') {
    const cookie =
      who === 'visitor' ? undefined : await cookieOf(t.http, who === 'organizer' ? w.organizer : w.participant);
    const client = await socket(cookie);
    const heard = snapshotsOf(client);
    const ack = await client.emitWithAck('subscribe', { eventSlug: w.event.slug });
    expect(ack).toMatchObject({ ok: true, organizer: who === 'organizer' });
    return { client, heard };
  }

  async function scene(visibility: 'live' | 'frozen' | 'organizers-until-published' = 'live') {
    const w = await judgingWorld(t, {
      challenges: 1,
      perChallenge: 3,
      jurors: 2,
      event: { leaderboardVisibility: visibility },
    });
    const { heats } = await readyToScore(w);
    t.clock.set(JUDGING);
    return { w, heat: heats[0]! };
  }

  /** A pairwise event: one heat with every juror on its panel, in its judging phase. */
  async function pairwiseScene() {
    const w = await judgingWorld(t, {
      challenges: 1,
      perChallenge: 3,
      jurors: 2,
      event: { judgingMode: 'pairwise', leaderboardVisibility: 'live' },
    });
    const [heat] = await expectStatus<{ id: string }[]>(w.organizer.agent.post(w.path('/rounds/heats')), 201);
    await expectStatus(
      w.organizer.agent.put(w.path(`/rounds/${heat!.id}/panel`)).send({ jurorIds: w.jurors.map((j) => j.id) }),
      200,
    );
    t.clock.set(JUDGING);
    return { w, heat: heat! };
  }

  const rest = (w: JudgingWorld) => expectStatus<LeaderboardDto>(w.organizer.agent.get(w.path('/leaderboard')), 200);

  it('pushes a snapshot within a second of a score saved over HTTP', async () => {
    const { w, heat } = await scene();
    const { heard } = await subscribed(w, 'visitor');
    await sleep(WINDOW_MS + 50);
    heard.length = 0;
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[0]!.id, { impact: 8, design: 5 }), 200);
    const saved = Date.now();
    await eventually(() => heard.length > 0, 'a snapshot', 1_000);
    expect(heard[0]!.at - saved).toBeLessThan(1_000);
    const board = await rest(w);
    expect(heard[0]!.version).toBe(board.version);
    expect(comparable(heard[0]!.board)).toEqual(comparable(board));
  });

  it('pushes a snapshot of the new version after a pairwise vote', async () => {
    const { w, heat } = await pairwiseScene();
    const { heard } = await subscribed(w, 'visitor');
    await sleep(WINDOW_MS + 50);
    heard.length = 0;
    const before = (await rest(w)).version;
    const pairwise = w.path(`/rounds/${heat.id}/pairwise`);
    const pair = await expectStatus<PairwisePairDto>(w.jurors[0]!.agent.get(`${pairwise}/next`), 200);
    await expectStatus(
      w.jurors[0]!.agent.post(`${pairwise}/votes`).send({ winnerId: pair.a.id, loserId: pair.b.id }),
      201,
    );
    await eventually(() => heard.length > 0, 'a snapshot', 1_000);
    const board = await rest(w);
    expect(board.version).toBe(before + 1);
    expect(heard.at(-1)!.version).toBe(board.version);
  });

  it('coalesces a run of audience votes like score saves, the last snapshot at the newest version', async () => {
    const { w } = await scene();
    const { heard } = await subscribed(w, 'visitor');
    await sleep(WINDOW_MS + 50);
    heard.length = 0;
    const before = (await rest(w)).version;
    const url = w.path(`/challenges/${w.challenges[0]!.id}/audience-vote`);
    const started = Date.now();
    for (let i = 0; i < 12; i++) {
      await expectStatus(w.participant.agent.put(url).send({ submissionId: w.submissions[i % 3]!.id }), 200);
    }
    const duration = Date.now() - started;
    await sleep(WINDOW_MS * 2 + 100);
    const board = await rest(w);
    expect(board.version).toBe(before + 12);
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.length).toBeLessThanOrEqual(Math.min(11, Math.ceil(duration / WINDOW_MS) + 2));
    expect(heard.at(-1)!.version).toBe(board.version);
  });

  it('pushes the board in the new method when the organizer changes the scoring method', async () => {
    const { w, heat } = await scene();
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[0]!.id, { impact: 8, design: 5 }), 200);
    const { heard } = await subscribed(w, 'visitor');
    await sleep(WINDOW_MS + 50);
    heard.length = 0;
    await expectStatus(w.organizer.agent.patch(w.path()).send({ scoreNormalization: 'normalized' }), 200);
    await eventually(() => heard.length > 0, 'a snapshot', 1_000);
    const board = await rest(w);
    expect(board.method).toBe('normalized');
    expect(heard.at(-1)!.version).toBe(board.version);
    expect(comparable(heard.at(-1)!.board)).toEqual(comparable(board));
  });

  it('coalesces a burst of 200 saves into a few snapshots, the last one equal to the REST board', async () => {
    const { w, heat } = await scene();
    const { heard } = await subscribed(w, 'organizer');
    const { heard: publicHeard } = await subscribed(w, 'visitor');
    await sleep(WINDOW_MS + 50);
    heard.length = 0;
    publicHeard.length = 0;
    const started = Date.now();
    for (let i = 0; i < 200; i += 4) {
      await Promise.all(
        [0, 1, 2, 3].map((k) => {
          const juror = w.jurors[k % 2]!;
          const submission = w.submissions[(i + k) % 3]!;
          return expectStatus(score(w, juror, heat.id, submission.id, { impact: 1 + ((i + k) % 10), design: 5 }), 200);
        }),
      );
    }
    const duration = Date.now() - started;
    await sleep(WINDOW_MS * 2 + 100);
    const board = await rest(w);
    const limit = Math.ceil(duration / WINDOW_MS) + 2;
    for (const messages of [heard, publicHeard]) {
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.length).toBeLessThanOrEqual(limit);
      const versions = messages.map((message) => message.version);
      expect([...versions].sort((a, b) => a - b)).toEqual(versions);
      expect(messages.at(-1)!.version).toBe(board.version);
      expect(comparable(messages.at(-1)!.board)).toEqual(comparable(board));
    }
  });

  it('never pushes a board to participants while it is hidden until publication; organizers get it', async () => {
    const { w, heat } = await scene('organizers-until-published');
    const organizer = await subscribed(w, 'organizer');
    const participant = await subscribed(w, 'participant');
    const visitor = await subscribed(w, 'visitor');
    await sleep(WINDOW_MS + 50);
    expect(organizer.heard).toHaveLength(1); // the snapshot on subscribe
    for (let i = 0; i < 5; i++) {
      await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[i % 3]!.id, { impact: 2 + i }), 200);
    }
    await sleep(WINDOW_MS * 2 + 100);
    expect(participant.heard).toEqual([]);
    expect(visitor.heard).toEqual([]);
    expect(organizer.heard.at(-1)!.version).toBe((await rest(w)).version);
  });

  it('pushes the board to visitors when the organizer makes a hidden board live', async () => {
    const { w, heat } = await scene('organizers-until-published');
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[0]!.id, { impact: 6, design: 4 }), 200);
    const visitor = await subscribed(w, 'visitor');
    await sleep(WINDOW_MS + 50);
    expect(visitor.heard).toEqual([]);
    await expectStatus(w.organizer.agent.patch(w.path()).send({ leaderboardVisibility: 'live' }), 200);
    await eventually(() => visitor.heard.length > 0, 'a snapshot', 1_000);
    const board = await expectStatus<LeaderboardDto>(request(t.http).get(w.path('/leaderboard')), 200);
    expect(visitor.heard.at(-1)!.version).toBe(board.version);
    expect(comparable(visitor.heard.at(-1)!.board)).toEqual(comparable(board));
  });

  it('pushes the board to visitors when the timeline publishes the results', async () => {
    const { w, heat } = await scene('organizers-until-published');
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[0]!.id, { impact: 7, design: 3 }), 200);
    const visitor = await subscribed(w, 'visitor');
    await expectStatus(w.organizer.agent.post(w.path('/phase/advance')), 200); // judging → closed
    await sleep(WINDOW_MS + 50);
    expect(visitor.heard).toEqual([]);
    const now = new Date(JUDGING).toISOString();
    await expectStatus(w.organizer.agent.patch(w.path()).send({ timeline: { resultsPublishedAt: now } }), 200);
    await eventually(() => visitor.heard.length > 0, 'a snapshot', 1_000);
    const board = await expectStatus<LeaderboardDto>(request(t.http).get(w.path('/leaderboard')), 200);
    expect(visitor.heard.at(-1)!.version).toBe(board.version);
    expect(comparable(visitor.heard.at(-1)!.board)).toEqual(comparable(board));
  });

  it('disconnects a user whose role is taken away, who then hears only what a visitor may', async () => {
    const { w } = await scene('organizers-until-published');
    const participant = await subscribed(w, 'participant');
    const closed = new Promise<string>((resolve) => participant.client.once('disconnect', resolve));
    const members = await expectStatus<{ id: string; userId: string }[]>(
      w.organizer.agent.get(w.path('/members')),
      200,
    );
    const membership = members.find((member) => member.userId === w.participant.id)!;
    await expectStatus(w.organizer.agent.delete(w.path(`/members/${membership.id}`)), 204);
    expect(await closed).toBe('io server disconnect');

    const again = await socket(await cookieOf(t.http, w.participant));
    const ack = await again.emitWithAck('subscribe', { eventSlug: w.event.slug });
    expect(ack).toMatchObject({ ok: true, member: false, organizer: false });
  });

  it('pushes the frozen snapshot once to participants, then only organizers hear the live board', async () => {
    const { w, heat } = await scene('frozen');
    const organizer = await subscribed(w, 'organizer');
    const participant = await subscribed(w, 'participant');
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[0]!.id, { impact: 9, design: 9 }), 200);
    await sleep(WINDOW_MS * 2 + 100);
    const beforeFreeze = participant.heard.length;
    expect(beforeFreeze).toBeGreaterThan(0); // live until frozen
    const frozen = await expectStatus<{ version: number }>(w.organizer.agent.post(w.path('/leaderboard/freeze')), 200);
    await sleep(WINDOW_MS + 100);
    for (let i = 0; i < 6; i++) {
      await expectStatus(score(w, w.jurors[1]!, heat.id, w.submissions[i % 3]!.id, { impact: 1 + i, design: 1 }), 200);
    }
    await sleep(WINDOW_MS * 2 + 100);
    const afterFreeze = participant.heard.slice(beforeFreeze);
    expect(afterFreeze).toHaveLength(1);
    expect(afterFreeze[0]!.board.snapshot).toBe('frozen');
    expect(afterFreeze[0]!.board.version).toBe(frozen.version);
    const participantView = await expectStatus<LeaderboardDto>(w.participant.agent.get(w.path('/leaderboard')), 200);
    expect(comparable(afterFreeze[0]!.board)).toEqual(comparable(participantView));
    const live = await rest(w);
    expect(organizer.heard.at(-1)!.version).toBe(live.version);
    expect(organizer.heard.at(-1)!.board.snapshot).toBeNull();
  });

  it('gives a late subscriber the current snapshot at once, the one the REST endpoint answers', async () => {
    const { w, heat } = await scene();
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[1]!.id, { impact: 7, design: 7 }), 200);
    await sleep(WINDOW_MS + 50);
    const client = await socket();
    const heard = snapshotsOf(client);
    const asked = Date.now();
    await client.emitWithAck('subscribe', { eventSlug: w.event.slug });
    await eventually(() => heard.length > 0, 'the snapshot on subscribe', 500);
    expect(heard[0]!.at - asked).toBeLessThan(500);
    const board = await expectStatus<LeaderboardDto>(w.visitor.get(w.path('/leaderboard')), 200);
    expect(heard[0]!.version).toBe(board.version);
    expect(comparable(heard[0]!.board)).toEqual(comparable(board));
  });

  it('pushes the newest snapshots again to local subscribers when asked (after Redis comes back)', async () => {
    const { w, heat } = await scene();
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[2]!.id, { impact: 3, design: 3 }), 200);
    const { heard } = await subscribed(w, 'visitor');
    await sleep(WINDOW_MS + 50);
    heard.length = 0;
    t.app.get(LeaderboardPushes).repushLocally();
    await eventually(() => heard.length > 0, 'the snapshot pushed again', 1_000);
    expect(heard[0]!.version).toBe((await rest(w)).version);
  });
});

/** Where the challenge suites run: every driver, and the last one with the Redis adapter too. */
const challengeSetups: [string, Driver, string | undefined][] = drivers().map((driver) => [driver, driver, undefined]);
if (process.env['TEST_REDIS_URL']) {
  const driver = drivers().at(-1)!;
  challengeSetups.push([`${driver} with the Redis adapter`, driver, process.env['TEST_REDIS_URL']]);
}

describe.each(challengeSetups)('live challenge leaderboards on %s', (_name, driver, redisUrl) => {
  let t: TestApp;
  let url: string;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    t = await startTestApp(driver, {
      LIVE_COALESCE_MS: String(WINDOW_MS),
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    });
    await t.app.listen(0, '127.0.0.1');
    url = urlOf(t.http);
  });
  afterAll(async () => {
    clients.forEach((client) => client.disconnect());
    await t.close();
  });
  beforeEach(() => t.clock.set(HACKING));

  /** Two challenges with three submissions each, a heat per challenge, in the judging phase. */
  async function scene(visibility: 'live' | 'frozen' | 'organizers-until-published' = 'live') {
    const w = await judgingWorld(t, {
      challenges: 2,
      perChallenge: 3,
      jurors: 2,
      event: { leaderboardVisibility: visibility },
    });
    const { heats } = await readyToScore(w);
    t.clock.set(JUDGING);
    const heatOf = (challengeId: string) => heats.find((heat) => heat.challengeId === challengeId)!.id;
    const submissionsOf = (challengeId: string) => w.submissions.filter((s) => s.challengeId === challengeId);
    return { w, heatOf, submissionsOf, first: w.challenges[0]!.id, second: w.challenges[1]!.id };
  }

  async function subscribed(w: JudgingWorld, who: 'visitor' | 'participant' | 'organizer', challengeId?: string) {
    const cookie =
      who === 'visitor' ? undefined : await cookieOf(t.http, who === 'organizer' ? w.organizer : w.participant);
    const client = await connectLive(url, cookie);
    clients.push(client);
    const heard = snapshotsOf(client);
    const ack = await client.emitWithAck('subscribe', {
      eventSlug: w.event.slug,
      ...(challengeId ? { challengeId } : {}),
    });
    expect(ack).toMatchObject({ ok: true, organizer: who === 'organizer' });
    return { client, heard };
  }

  const restBoard = (w: JudgingWorld, agent: JudgingWorld['visitor'], challengeId?: string) =>
    expectStatus<LeaderboardDto>(
      agent.get(w.path(`/leaderboard${challengeId ? `?challengeId=${challengeId}` : ''}`)),
      200,
    );
  /** The snapshots of one board (null: the event's) among those a socket heard. */
  const of = <T extends { challengeId: string | null }>(heard: T[], challengeId: string | null) =>
    heard.filter((message) => message.challengeId === challengeId);

  it("gives a challenge subscriber that challenge's board at once, the one the REST endpoint answers, and the event board", async () => {
    const { w, heatOf, submissionsOf, first, second } = await scene();
    await expectStatus(
      score(w, w.jurors[0]!, heatOf(first), submissionsOf(first)[0]!.id, { impact: 9, design: 2 }),
      200,
    );
    await expectStatus(
      score(w, w.jurors[0]!, heatOf(second), submissionsOf(second)[1]!.id, { impact: 4, design: 4 }),
      200,
    );
    await sleep(WINDOW_MS + 50);
    const { heard } = await subscribed(w, 'visitor', second);
    await eventually(() => heard.length >= 2, 'both snapshots on subscribe', 500);
    const [eventBoard, challengeBoard] = [await restBoard(w, w.visitor), await restBoard(w, w.visitor, second)];
    expect(challengeBoard.challengeId).toBe(second);
    const [event] = of(heard, null);
    const [challenge] = of(heard, second);
    expect(heard).toHaveLength(2);
    expect(challenge!.version).toBe(challengeBoard.version);
    expect(comparable(challenge!.board)).toEqual(comparable(challengeBoard));
    expect(challenge!.board.standings.map((s) => s.submissionId).sort()).toEqual(
      submissionsOf(second)
        .map((s) => s.id)
        .sort(),
    );
    expect(event!.version).toBe(eventBoard.version);
    expect(comparable(event!.board)).toEqual(comparable(eventBoard));
  });

  it("pushes the challenge's new board within a second of a score saved to one of its submissions, coalesced", async () => {
    const { w, heatOf, submissionsOf, first, second } = await scene();
    const follower = await subscribed(w, 'visitor', first);
    const other = await subscribed(w, 'visitor', second);
    const plain = await subscribed(w, 'visitor');
    await sleep(WINDOW_MS + 50);
    for (const { heard } of [follower, other, plain]) heard.length = 0;
    const submissions = submissionsOf(first);
    await expectStatus(score(w, w.jurors[0]!, heatOf(first), submissions[0]!.id, { impact: 8, design: 5 }), 200);
    const saved = Date.now();
    await eventually(() => of(follower.heard, first).length > 0, "the challenge's snapshot", 1_000);
    expect(of(follower.heard, first)[0]!.at - saved).toBeLessThan(1_000);
    const started = Date.now();
    for (let i = 0; i < 40; i++) {
      const juror = w.jurors[i % 2]!;
      await expectStatus(
        score(w, juror, heatOf(first), submissions[i % 3]!.id, { impact: 1 + (i % 10), design: 1 + (i % 7) }),
        200,
      );
    }
    const duration = Date.now() - started;
    await sleep(WINDOW_MS * 2 + 100);
    const challengeBoard = await restBoard(w, w.visitor, first);
    const pushed = of(follower.heard, first);
    expect(pushed.length).toBeLessThanOrEqual(Math.ceil((Date.now() - saved) / WINDOW_MS) + 1);
    expect(pushed.length).toBeLessThanOrEqual(Math.min(41, Math.ceil(duration / WINDOW_MS) + 3));
    const versions = pushed.map((message) => message.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(pushed.at(-1)!.version).toBe(challengeBoard.version);
    expect(comparable(pushed.at(-1)!.board)).toEqual(comparable(challengeBoard));
    // The challenge follower also hears the event board, at the same version numbering.
    expect(of(follower.heard, null).at(-1)!.version).toBe((await restBoard(w, w.visitor)).version);
    // Nobody hears a challenge board it does not follow.
    expect(follower.heard.every((message) => message.challengeId === null || message.challengeId === first)).toBe(true);
    expect(other.heard.every((message) => message.challengeId === null || message.challengeId === second)).toBe(true);
    expect(plain.heard.length).toBeGreaterThan(0);
    expect(plain.heard.every((message) => message.challengeId === null)).toBe(true);
  });

  it('never pushes a hidden challenge board to participants or visitors; organizers get it', async () => {
    const { w, heatOf, submissionsOf, first } = await scene('organizers-until-published');
    const organizer = await subscribed(w, 'organizer', first);
    const participant = await subscribed(w, 'participant', first);
    const visitor = await subscribed(w, 'visitor', first);
    await sleep(WINDOW_MS + 50);
    expect(of(organizer.heard, first)).toHaveLength(1); // the snapshot on subscribe
    for (let i = 0; i < 5; i++) {
      await expectStatus(
        score(w, w.jurors[0]!, heatOf(first), submissionsOf(first)[i % 3]!.id, { impact: 2 + i }),
        200,
      );
    }
    await sleep(WINDOW_MS * 2 + 100);
    expect(participant.heard).toEqual([]);
    expect(visitor.heard).toEqual([]);
    const live = await restBoard(w, w.organizer.agent, first);
    expect(of(organizer.heard, first).at(-1)!.version).toBe(live.version);
    expect(comparable(of(organizer.heard, first).at(-1)!.board)).toEqual(comparable(live));
  });

  it("pushes a challenge's frozen snapshot once to participants, then only organizers hear its live board", async () => {
    const { w, heatOf, submissionsOf, first } = await scene('frozen');
    const organizer = await subscribed(w, 'organizer', first);
    const participant = await subscribed(w, 'participant', first);
    const submissions = submissionsOf(first);
    await expectStatus(score(w, w.jurors[0]!, heatOf(first), submissions[0]!.id, { impact: 9, design: 9 }), 200);
    await sleep(WINDOW_MS * 2 + 100);
    const beforeFreeze = of(participant.heard, first).length;
    expect(beforeFreeze).toBeGreaterThan(1); // on subscribe, and live until frozen
    const frozen = await expectStatus<{ version: number }>(w.organizer.agent.post(w.path('/leaderboard/freeze')), 200);
    await sleep(WINDOW_MS + 100);
    for (let i = 0; i < 6; i++) {
      await expectStatus(
        score(w, w.jurors[1]!, heatOf(first), submissions[i % 3]!.id, { impact: 1 + i, design: 1 }),
        200,
      );
    }
    await sleep(WINDOW_MS * 2 + 100);
    const afterFreeze = of(participant.heard, first).slice(beforeFreeze);
    expect(afterFreeze).toHaveLength(1);
    expect(afterFreeze[0]!.board.snapshot).toBe('frozen');
    expect(afterFreeze[0]!.board.version).toBe(frozen.version);
    const participantView = await restBoard(w, w.participant.agent, first);
    expect(comparable(afterFreeze[0]!.board)).toEqual(comparable(participantView));
    const live = await restBoard(w, w.organizer.agent, first);
    expect(live.version).toBeGreaterThan(frozen.version);
    expect(of(organizer.heard, first).at(-1)!.version).toBe(live.version);
    expect(of(organizer.heard, first).at(-1)!.board.snapshot).toBeNull();
  });

  it("reaches a challenge subscriber with the event's other messages through the event's rooms", async () => {
    const { w, first } = await scene();
    const { client } = await subscribed(w, 'participant', first);
    const posted = new Promise<{ body: string }>((resolve) => client.once('announcement.posted', resolve));
    await expectStatus(w.organizer.agent.post(w.path('/announcements')).send({ body: 'Judging has started' }), 201);
    await expect(posted).resolves.toMatchObject({ body: 'Judging has started' });
  });

  it('refuses a challenge that does not exist, one of another event or a malformed id, and joins no room', async () => {
    const { w, heatOf, submissionsOf, first } = await scene();
    const elsewhere = await judgingWorld(t, { challenges: 1, perChallenge: 1, jurors: 1 });
    const client = await connectLive(url);
    clients.push(client);
    const heard = snapshotsOf(client);
    for (const challengeId of [MISSING, elsewhere.challenges[0]!.id, 'not-an-id', 42, '']) {
      const ack = await client.emitWithAck('subscribe', {
        eventSlug: w.event.slug,
        challengeId: challengeId as string,
      });
      expect(ack).toMatchObject({ ok: false, code: 'CHALLENGE_NOT_FOUND' });
    }
    const wrongEvent = await client.emitWithAck('subscribe', { eventSlug: 'no-such-event', challengeId: first });
    expect(wrongEvent).toMatchObject({ ok: false, code: 'EVENT_NOT_FOUND' });
    await expectStatus(
      score(w, w.jurors[0]!, heatOf(first), submissionsOf(first)[0]!.id, { impact: 5, design: 5 }),
      200,
    );
    await sleep(WINDOW_MS * 2 + 100);
    expect(heard).toEqual([]);
  });

  it("leaves a challenge's rooms on unsubscribe with the same request, and every room of the event without it", async () => {
    const { w, heatOf, submissionsOf, first } = await scene();
    const { client, heard } = await subscribed(w, 'visitor', first);
    const save = async (i: number) => {
      await expectStatus(
        score(w, w.jurors[0]!, heatOf(first), submissionsOf(first)[i % 3]!.id, { impact: 1 + i, design: 3 }),
        200,
      );
      await sleep(WINDOW_MS * 2 + 100);
    };
    client.emit('unsubscribe', { eventSlug: w.event.slug, challengeId: first });
    await sleep(50);
    heard.length = 0;
    await save(0);
    expect(heard.length).toBeGreaterThan(0);
    expect(of(heard, first)).toEqual([]);
    client.emit('unsubscribe', { eventSlug: w.event.slug });
    await client.emitWithAck('subscribe', { eventSlug: w.event.slug, challengeId: first });
    client.emit('unsubscribe', { eventSlug: w.event.slug });
    await sleep(50);
    heard.length = 0;
    await save(1);
    expect(heard).toEqual([]);
  });

  it("reads a challenge's board only while a socket follows it", async () => {
    const { w, heatOf, submissionsOf, first, second } = await scene();
    const snapshots = t.app.get(LeaderboardSnapshots, { strict: false });
    const original = snapshots.audienceBoards;
    const reads: (string | null)[] = [];
    snapshots.audienceBoards = (eventId, challengeId = null) => {
      if (eventId === w.event.id) reads.push(challengeId);
      return original.call(snapshots, eventId, challengeId);
    };
    try {
      const save = async (i: number) => {
        await expectStatus(
          score(w, w.jurors[1]!, heatOf(first), submissionsOf(first)[i % 3]!.id, { impact: 2 + i, design: 2 }),
          200,
        );
        await sleep(WINDOW_MS * 2 + 100);
      };
      const { client } = await subscribed(w, 'visitor', first);
      await save(0);
      expect(reads).toContain(first);
      expect(reads).not.toContain(second);
      client.disconnect();
      await sleep(50);
      reads.length = 0;
      await save(1);
      expect(reads.length).toBeGreaterThan(0); // the event board is still pushed
      expect(reads.every((challengeId) => challengeId === null)).toBe(true);
    } finally {
      snapshots.audienceBoards = original;
    }
  });
});
