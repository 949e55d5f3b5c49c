import type { LeaderboardDto, PairwisePairDto } from '@hackboard/contracts';
import request from 'supertest';
import { LeaderboardPushes } from '../src/realtime/leaderboard-pushes.service.js';
import {
  HACKING,
  JUDGING,
  type JudgingWorld,
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
import { drivers } from './support/test-databases.js';

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
