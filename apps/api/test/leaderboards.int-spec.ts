import type {
  ClientToServerMessages,
  ExplanationDto,
  LeaderboardDto,
  LeaderboardVisibility,
  ResultsExportDto,
  ScoresExportDto,
  ServerToClientMessages,
} from '@hackboard/contracts';
import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Socket, io } from 'socket.io-client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app.js';
import { LeaderboardSnapshotEntity } from '../src/leaderboards/leaderboard-snapshot.entity.js';
import { parseCsv } from '../src/leaderboards/csv.js';
import { LeaderboardsService } from '../src/leaderboards/leaderboards.service.js';
import {
  CLOSED,
  HACKING,
  JUDGING,
  MISSING,
  type JudgingWorld,
  auditActions,
  expectStatus,
  judgingWorld,
  readyToScore,
  score,
} from './support/judging-world.js';
import type { TestUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

/**
 * The hand-computed case. Criteria impact (weight 2) and design (weight 1), both 1–10, so a juror's
 * total is (2·impact + design) / 3. Juror 1 is close-marking, juror 2 spreads widely:
 *
 *              juror 1: impact design total    juror 2: impact design total    raw mean
 *   A1 (S1)          6      3      5                 10     7      9            7
 *   A2 (S2)          7      4      6                  4     1      3            4.5
 *   A3 (S3)          5      2      4                  5     8      6            5
 *
 * Normalized: juror 1 has mean 5, spread √(2/3); juror 2 mean 6, spread √6; every total's z-score
 * is 0 or ±√1.5. All six totals: M = 33/6 = 5.5, SD = √(21.5/6). A normalized total is
 * M + SD·z, so ±SD·√1.5 = ±√5.375 around 5.5, and the scores are
 *   S1 = (5.5 + 5.5 + √5.375) / 2 = 5.5 + √5.375/2   (z: 0 and +√1.5)
 *   S2 = (5.5 + √5.375 + 5.5 − √5.375) / 2 = 5.5     (z: +√1.5 and −√1.5)
 *   S3 = 5.5 − √5.375/2                              (z: −√1.5 and 0)
 * so normalization lifts S2 above S3, where the raw means put it below.
 */
const VALUES = [
  [
    { impact: 6, design: 3 },
    { impact: 7, design: 4 },
    { impact: 5, design: 2 },
  ],
  [
    { impact: 10, design: 7 },
    { impact: 4, design: 1 },
    { impact: 5, design: 8 },
  ],
];
const HALF = Math.sqrt(5.375) / 2;

type Client = Socket<ServerToClientMessages, ClientToServerMessages>;

describe.each(drivers())('leaderboards on %s', (driver) => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp(driver);
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
  });
  // A second instance on the same database, started by the test that needs one and kept to the end:
  // passport registers its strategies process-wide, so closing it early would strand the first app.
  let second: INestApplication | undefined;
  afterAll(async () => {
    await second?.close();
    await t.close();
  });
  beforeEach(() => t.clock.set(HACKING));

  const db = () => t.app.get(DataSource);

  /** One challenge with three submissions scored by two jurors as in the table above. */
  async function scene(visibility: LeaderboardVisibility = 'live', scoreNormalization: 'raw' | 'normalized' = 'raw') {
    const w = await judgingWorld(t, {
      challenges: 1,
      perChallenge: 3,
      jurors: 2,
      event: { leaderboardVisibility: visibility },
    });
    if (scoreNormalization !== 'raw') {
      await expectStatus(w.organizer.agent.patch(w.path()).send({ scoreNormalization }), 200);
    }
    const { heats } = await readyToScore(w);
    const heat = heats[0]!;
    t.clock.set(JUDGING);
    for (const [j, juror] of w.jurors.entries()) {
      for (const [s, submission] of w.submissions.entries()) {
        await expectStatus(score(w, juror, heat.id, submission.id, VALUES[j]![s]!), 200);
      }
    }
    const [s1, s2, s3] = w.submissions;
    return { w, heat, s1: s1!, s2: s2!, s3: s3! };
  }

  const board = (w: JudgingWorld, agent: { get: JudgingWorld['visitor']['get'] }, query = '') =>
    agent.get(w.path(`/leaderboard${query}`));

  it('ranks by the mean of complete reviews of the weighted totals, as computed by hand (raw)', async () => {
    const { w, s1, s2, s3 } = await scene();
    const live = await expectStatus<LeaderboardDto>(board(w, w.organizer.agent), 200);
    expect(live).toMatchObject({
      eventId: w.event.id,
      method: 'raw',
      scale: { min: 1, max: 10 },
      source: 'heats',
      snapshot: null,
    });
    expect(live.standings).toEqual([
      {
        rank: 1,
        submissionId: s1.id,
        title: s1.title,
        teamName: s1.teamName,
        challengeId: w.challenges[0]!.id,
        score: 7,
        reviews: 2,
        incompleteReviews: 0,
      },
      {
        rank: 2,
        submissionId: s3.id,
        title: s3.title,
        teamName: s3.teamName,
        challengeId: w.challenges[0]!.id,
        score: 5,
        reviews: 2,
        incompleteReviews: 0,
      },
      {
        rank: 3,
        submissionId: s2.id,
        title: s2.title,
        teamName: s2.teamName,
        challengeId: w.challenges[0]!.id,
        score: 4.5,
        reviews: 2,
        incompleteReviews: 0,
      },
    ]);
    expect(live.version).toBeGreaterThan(0);
    expect(live.generatedAt).toBe(new Date(JUDGING).toISOString());
  });

  it('says it normalized per juror and ranks by the normalized totals, as computed by hand', async () => {
    const { w, s1, s2, s3 } = await scene('live', 'normalized');
    const live = await expectStatus<LeaderboardDto>(board(w, w.visitor), 200);
    expect(live.method).toBe('normalized');
    expect(live.standings.map((s) => [s.submissionId, s.rank])).toEqual([
      [s1.id, 1],
      [s2.id, 2],
      [s3.id, 3],
    ]);
    expect(live.standings[0]!.score).toBeCloseTo(5.5 + HALF, 12);
    expect(live.standings[1]!.score).toBeCloseTo(5.5, 12);
    expect(live.standings[2]!.score).toBeCloseTo(5.5 - HALF, 12);
    // The setting switches the method of the same scores at once.
    await expectStatus(w.organizer.agent.patch(w.path()).send({ scoreNormalization: 'raw' }), 200);
    const raw = await expectStatus<LeaderboardDto>(board(w, w.visitor), 200);
    expect(raw.method).toBe('raw');
    expect(raw.standings.map((s) => s.score)).toEqual([7, 5, 4.5]);
  });

  it('raises the leaderboard version when the scoring method changes, and not for the same method again', async () => {
    const { w } = await scene('live');
    const before = await expectStatus<LeaderboardDto>(board(w, w.visitor), 200);
    await expectStatus(w.organizer.agent.patch(w.path()).send({ scoreNormalization: 'normalized' }), 200);
    const after = await expectStatus<LeaderboardDto>(board(w, w.visitor), 200);
    expect(after).toMatchObject({ method: 'normalized', version: before.version + 1 });
    await expectStatus(
      w.organizer.agent.patch(w.path()).send({ scoreNormalization: 'normalized', name: 'Renamed' }),
      200,
    );
    expect((await expectStatus<LeaderboardDto>(board(w, w.visitor), 200)).version).toBe(after.version);
  });

  it('gives equal scores the same rank, ordered by reviews and then submission time, and counts incomplete reviews apart', async () => {
    const w = await judgingWorld(t, {
      challenges: 1,
      perChallenge: 4,
      jurors: 2,
      event: { leaderboardVisibility: 'live' },
    });
    const { heats } = await readyToScore(w);
    const heat = heats[0]!;
    t.clock.set(JUDGING);
    const [a, b, c, d] = w.submissions;
    const [j1, j2] = w.jurors;
    await expectStatus(score(w, j1!, heat.id, c!.id, { impact: 8, design: 5 }), 200); // 7
    await expectStatus(score(w, j1!, heat.id, b!.id, { impact: 8, design: 5 }), 200); // 7
    await expectStatus(score(w, j1!, heat.id, a!.id, { impact: 9, design: 3 }), 200); // 7, and a second review below
    await expectStatus(score(w, j2!, heat.id, a!.id, { impact: 7, design: 7 }), 200); // 7
    await expectStatus(score(w, j2!, heat.id, b!.id, { impact: 2 }), 200); // incomplete: not counted
    await expectStatus(score(w, j1!, heat.id, d!.id, { impact: 5, design: 2 }), 200); // 4
    const live = await expectStatus<LeaderboardDto>(board(w, w.participant.agent), 200);
    expect(live.standings.map((s) => [s.title, s.rank, s.score, s.reviews, s.incompleteReviews])).toEqual([
      [a!.title, 1, 7, 2, 0],
      [b!.title, 1, 7, 1, 1],
      [c!.title, 1, 7, 1, 0],
      [d!.title, 4, 4, 1, 0],
    ]);
  });

  it('lists submissions without a complete review last and unranked', async () => {
    const w = await judgingWorld(t, {
      challenges: 1,
      perChallenge: 2,
      jurors: 1,
      event: { leaderboardVisibility: 'live' },
    });
    const { heats } = await readyToScore(w);
    t.clock.set(JUDGING);
    await expectStatus(score(w, w.jurors[0]!, heats[0]!.id, w.submissions[1]!.id, { impact: 3, design: 3 }), 200);
    const live = await expectStatus<LeaderboardDto>(board(w, w.visitor), 200);
    expect(live.standings.map((s) => [s.title, s.rank, s.score])).toEqual([
      [w.submissions[1]!.title, 1, 3],
      [w.submissions[0]!.title, null, null],
    ]);
  });

  describe('visibility', () => {
    const everyone = (w: JudgingWorld) => ({
      visitor: w.visitor,
      participant: w.participant.agent,
      juror: w.jurors[0]!.agent,
      agency: w.agency.agent,
    });

    it('shows a live board to everyone when the event says live', async () => {
      const { w } = await scene('live');
      for (const agent of Object.values(everyone(w))) {
        expect((await expectStatus<LeaderboardDto>(board(w, agent), 200)).snapshot).toBeNull();
      }
    });

    it('hides the board from all but organizers until the results are published, then shows the published results', async () => {
      const { w, heat, s1 } = await scene('organizers-until-published');
      for (const [role, agent] of Object.entries(everyone(w))) {
        const refused = await board(w, agent);
        expect([role, refused.status, refused.body.code]).toEqual([role, 403, 'LEADERBOARD_HIDDEN']);
        const explanation = await agent.get(w.path(`/leaderboard/submissions/${s1.id}/explanation`));
        expect([role, explanation.status]).toEqual([role, 403]);
      }
      await expectStatus(board(w, w.organizer.agent), 200);

      const early = await expectStatus<{ code: string }>(w.organizer.agent.post(w.path('/leaderboard/publish')), 409);
      expect(early.code).toBe('JUDGING_NOT_OVER');
      t.clock.set(CLOSED);
      const published = await expectStatus<{ publishedAt: string; snapshots: number }>(
        w.organizer.agent.post(w.path('/leaderboard/publish')),
        200,
      );
      // The event board and the heat's, and the audience boards of the event and its challenge.
      expect(published).toMatchObject({ publishedAt: new Date(CLOSED).toISOString(), snapshots: 4 });
      const seen = await expectStatus<LeaderboardDto>(board(w, w.visitor), 200);
      expect(seen).toMatchObject({ snapshot: 'published', source: 'heats' });
      expect(seen.standings.map((s) => s.score)).toEqual([7, 5, 4.5]);
      const heatBoard = await expectStatus<LeaderboardDto>(board(w, w.participant.agent, `?roundId=${heat.id}`), 200);
      expect(heatBoard).toMatchObject({ snapshot: 'published', source: 'round', roundId: heat.id });
      const byChallenge = await expectStatus<LeaderboardDto>(
        board(w, w.visitor, `?challengeId=${w.challenges[0]!.id}`),
        200,
      );
      expect(byChallenge.roundId).toBe(heat.id);
      const event = await expectStatus<{ phase: string }>(w.visitor.get(w.path()), 200);
      expect(event.phase).toBe('published');
      // Permanent: a second publication is refused, and so is a freeze.
      expect(
        (await expectStatus<{ code: string }>(w.organizer.agent.post(w.path('/leaderboard/publish')), 409)).code,
      ).toBe('ALREADY_PUBLISHED');
      await expectStatus(w.organizer.agent.post(w.path('/leaderboard/freeze')), 409);
      // Nor may judging change under the published results.
      const [assignment] = await expectStatus<{ id: string }[]>(
        w.organizer.agent.get(w.path(`/rounds/${heat.id}/assignments`)),
        200,
      );
      const refused = await Promise.all([
        w.organizer.agent.delete(w.path(`/rounds/${heat.id}/assignments/${assignment!.id}`)),
        w.jurors[0]!.agent.post(w.path('/conflicts')).send({ submissionId: s1.id, reason: 'Late' }),
        w.organizer.agent.post(w.path(`/rounds/${heat.id}/entries/sync`)),
        w.organizer.agent.post(w.path('/criteria')).send({ key: 'late', name: 'Late', weight: 1 }),
      ]);
      expect(refused.map((r) => `${r.status} ${r.body.code}`)).toEqual(Array(4).fill('409 RESULTS_PUBLISHED'));
      expect(await auditActions(t, w.event.id)).toContain('results.published');
    });

    it('shows the live board until the freeze, then the frozen snapshot to all but organizers, until unfrozen', async () => {
      const { w, heat, s2 } = await scene('frozen');
      const before = await expectStatus<LeaderboardDto>(board(w, w.visitor), 200);
      expect(before.snapshot).toBeNull();
      const frozen = await expectStatus<{ frozenAt: string; version: number }>(
        w.organizer.agent.post(w.path('/leaderboard/freeze')),
        200,
      );
      expect(frozen.frozenAt).toBe(new Date(JUDGING).toISOString());
      const event = await expectStatus<{ leaderboardFrozenAt: string | null }>(w.visitor.get(w.path()), 200);
      expect(event.leaderboardFrozenAt).toBe(frozen.frozenAt);
      expect(
        (await expectStatus<{ code: string }>(w.organizer.agent.post(w.path('/leaderboard/freeze')), 409)).code,
      ).toBe('ALREADY_FROZEN');
      // A late score moves the live board, not the snapshot.
      await expectStatus(score(w, w.jurors[0]!, heat.id, s2.id, { impact: 10, design: 10 }), 200);
      for (const agent of Object.values(everyone(w))) {
        const seen = await expectStatus<LeaderboardDto>(board(w, agent), 200);
        expect(seen).toMatchObject({ snapshot: 'frozen', version: frozen.version });
        expect(seen.standings.map((s) => s.score)).toEqual([7, 5, 4.5]);
      }
      const explanation = await expectStatus<{ code: string }>(
        w.visitor.get(w.path(`/leaderboard/submissions/${s2.id}/explanation`)),
        403,
      );
      expect(explanation.code).toBe('LEADERBOARD_FROZEN');
      const organizer = await expectStatus<LeaderboardDto>(board(w, w.organizer.agent), 200);
      expect(organizer.snapshot).toBeNull();
      expect(organizer.version).toBeGreaterThan(frozen.version);
      // Juror 1 now gives S2 a total of 10: (10 + 3) / 2 = 6.5.
      expect(organizer.standings.map((s) => [s.submissionId, s.score])).toEqual([
        [w.submissions[0]!.id, 7],
        [s2.id, 6.5],
        [w.submissions[2]!.id, 5],
      ]);

      await expectStatus(w.organizer.agent.post(w.path('/leaderboard/unfreeze')), 200);
      const after = await expectStatus<LeaderboardDto>(board(w, w.visitor), 200);
      expect(after.snapshot).toBeNull();
      expect(after.standings[0]!.score).toBe(7);
      expect(
        (await expectStatus<{ leaderboardFrozenAt: null }>(w.visitor.get(w.path()), 200)).leaderboardFrozenAt,
      ).toBe(null);
      expect(
        (await expectStatus<{ code: string }>(w.organizer.agent.post(w.path('/leaderboard/unfreeze')), 409)).code,
      ).toBe('NOT_FROZEN');
      expect(await auditActions(t, w.event.id)).toEqual(
        expect.arrayContaining(['leaderboard.frozen', 'leaderboard.unfrozen']),
      );
    });

    it('stores the pairwise and audience boards with the rubric boards in the freeze, at one version', async () => {
      const w = await judgingWorld(t, {
        challenges: 1,
        perChallenge: 3,
        jurors: 2,
        event: { judgingMode: 'pairwise', leaderboardVisibility: 'frozen' },
      });
      const [heat] = await expectStatus<{ id: string }[]>(w.organizer.agent.post(w.path('/rounds/heats')), 201);
      t.clock.set(JUDGING);
      const frozen = await expectStatus<{ version: number; snapshots: number }>(
        w.organizer.agent.post(w.path('/leaderboard/freeze')),
        200,
      );
      const stored = await db()
        .getRepository(LeaderboardSnapshotEntity)
        .find({ where: { eventId: w.event.id }, order: { board: 'ASC', roundId: 'ASC', challengeId: 'ASC' } });
      expect(stored.map((row) => [row.board, row.roundId, row.challengeId])).toEqual(
        expect.arrayContaining([
          ['rubric', null, null],
          ['rubric', heat!.id, null],
          ['pairwise', heat!.id, null],
          ['audience', null, null],
          ['audience', null, w.challenges[0]!.id],
        ]),
      );
      expect(stored).toHaveLength(5);
      expect(frozen.snapshots).toBe(5);
      expect(new Set(stored.map((row) => `${row.kind} ${row.version}`))).toEqual(new Set([`frozen ${frozen.version}`]));
      expect(stored.find((row) => row.board === 'pairwise')!.payload).toMatchObject({
        roundId: heat!.id,
        method: 'crowd-bt',
        snapshot: 'frozen',
      });
      // A refused freeze stores nothing.
      await expectStatus(w.organizer.agent.post(w.path('/leaderboard/freeze')), 409);
      expect(await db().getRepository(LeaderboardSnapshotEntity).countBy({ eventId: w.event.id })).toBe(5);
    });

    it('lets only organizers freeze, unfreeze, publish and export', async () => {
      const { w } = await scene('live');
      for (const agent of [w.participant.agent, w.jurors[0]!.agent, w.agency.agent]) {
        for (const action of ['freeze', 'unfreeze', 'publish']) {
          await expectStatus(agent.post(w.path(`/leaderboard/${action}`)), 403);
        }
        for (const file of ['results.csv', 'results.json', 'scores.csv', 'scores.json']) {
          await expectStatus(agent.get(w.path(`/leaderboard/export/${file}`)), 403);
        }
      }
      await expectStatus(w.visitor.post(w.path('/leaderboard/freeze')), 401);
      expect(await db().getRepository(LeaderboardSnapshotEntity).countBy({ eventId: w.event.id })).toBe(0);
    });
  });

  it('explains a score per criterion and per juror, numbering jurors for participants and naming them for organizers', async () => {
    const { w, s1 } = await scene('live');
    const path = w.path(`/leaderboard/submissions/${s1.id}/explanation`);
    const shown = await expectStatus<ExplanationDto>(w.participant.agent.get(path), 200);
    expect(shown).toMatchObject({
      submissionId: s1.id,
      title: s1.title,
      method: 'raw',
      score: 7,
      reviews: 2,
      incompleteReviews: 0,
    });
    expect(shown.criteria).toEqual([
      {
        key: 'impact',
        name: 'impact',
        weight: 2,
        weightShare: 2 / 3,
        scaleMin: 1,
        scaleMax: 10,
        mean: 8,
        meanOnScale: 8,
      },
      {
        key: 'design',
        name: 'design',
        weight: 1,
        weightShare: 1 / 3,
        scaleMin: 1,
        scaleMax: 10,
        mean: 5,
        meanOnScale: 5,
      },
    ]);
    const sorted = [...w.jurors].sort((a, b) => (a.id < b.id ? -1 : 1));
    const totals = new Map([
      [w.jurors[0]!.id, 5],
      [w.jurors[1]!.id, 9],
    ]);
    expect(shown.jurors.map((j) => [j.juror, j.jurorNumber, j.jurorId, j.rawTotal])).toEqual([
      ['Juror 1', 1, null, totals.get(sorted[0]!.id)],
      ['Juror 2', 2, null, totals.get(sorted[1]!.id)],
    ]);
    expect(JSON.stringify(shown)).not.toContain(w.jurors[0]!.id);

    const named = await expectStatus<ExplanationDto>(w.organizer.agent.get(path), 200);
    expect(named.jurors.map((j) => [j.jurorId, j.jurorNumber])).toEqual([
      [sorted[0]!.id, 1],
      [sorted[1]!.id, 2],
    ]);
    expect(named.jurors[0]!.juror).toMatch(/^Juror \d+$/); // the display name registerUser gives
    expect(named.jurors[0]!.values).toEqual(
      sorted[0]!.id === w.jurors[0]!.id ? { impact: 6, design: 3 } : { impact: 10, design: 7 },
    );
    await expectStatus(w.visitor.get(w.path(`/leaderboard/submissions/${w.draft.id}/explanation`)), 404);
    await expectStatus(w.visitor.get(w.path(`/leaderboard/submissions/${MISSING}/explanation`)), 404);
  });

  it('explains a normalized score with each juror normalized total and spread', async () => {
    const { w, s2 } = await scene('live', 'normalized');
    const explained = await expectStatus<ExplanationDto>(
      w.organizer.agent.get(w.path(`/leaderboard/submissions/${s2.id}/explanation`)),
      200,
    );
    expect(explained.method).toBe('normalized');
    expect(explained.score).toBeCloseTo(5.5, 12);
    expect(explained.overall!.mean).toBeCloseTo(5.5, 12);
    expect(explained.overall!.standardDeviation).toBeCloseTo(Math.sqrt(21.5 / 6), 12);
    const byId = new Map(explained.jurors.map((j) => [j.jurorId, j]));
    expect(byId.get(w.jurors[0]!.id)).toMatchObject({ rawTotal: 6, normalization: 'applied' });
    expect(byId.get(w.jurors[0]!.id)!.normalizedTotal).toBeCloseTo(5.5 + 2 * HALF, 12);
    expect(byId.get(w.jurors[1]!.id)!.normalizedTotal).toBeCloseTo(5.5 - 2 * HALF, 12);
    expect(byId.get(w.jurors[1]!.id)!.jurorStats!.standardDeviation).toBeCloseTo(Math.sqrt(6), 12);
  });

  it("makes the event board all heats together, then the final's once the final has a score", async () => {
    const w = await judgingWorld(t, {
      challenges: 2,
      perChallenge: 2,
      jurors: 1,
      event: { leaderboardVisibility: 'live' },
    });
    const { heats } = await readyToScore(w);
    t.clock.set(JUDGING);
    const values = [9, 3, 6, 8];
    for (const [index, submission] of w.submissions.entries()) {
      const heat = heats.find((h) => h.challengeId === submission.challengeId)!;
      await expectStatus(
        score(w, w.jurors[0]!, heat.id, submission.id, { impact: values[index]!, design: values[index]! }),
        200,
      );
    }
    const event = await expectStatus<LeaderboardDto>(board(w, w.visitor), 200);
    expect(event.source).toBe('heats');
    expect(event.standings.map((s) => [s.title, s.rank])).toEqual([
      ['Project A1', 1],
      ['Project B2', 2],
      ['Project B1', 3],
      ['Project A2', 4],
    ]);
    const heatB = await expectStatus<LeaderboardDto>(board(w, w.visitor, `?challengeId=${w.challenges[1]!.id}`), 200);
    expect(heatB.standings.map((s) => [s.title, s.rank])).toEqual([
      ['Project B2', 1],
      ['Project B1', 2],
    ]);
    await expectStatus(board(w, w.visitor, `?challengeId=${MISSING}`), 404);
    await expectStatus(board(w, w.visitor, `?roundId=${MISSING}`), 404);

    const final = await expectStatus<{ id: string }>(
      w.organizer.agent.post(w.path('/rounds')).send({ name: 'Final', kind: 'final' }),
      201,
    );
    await expectStatus(w.organizer.agent.post(w.path(`/rounds/${final.id}/promote`)).send({ topN: 1 }), 200);
    expect((await expectStatus<LeaderboardDto>(board(w, w.visitor), 200)).source).toBe('heats');
    await expectStatus(
      w.organizer.agent.put(w.path(`/rounds/${final.id}/panel`)).send({ jurorIds: [w.jurors[0]!.id] }),
      200,
    );
    await expectStatus(
      w.organizer.agent.post(w.path(`/rounds/${final.id}/assignments/auto`)).send({ reviewsPerSubmission: 1 }),
      200,
    );
    const b2 = w.submissions[3]!;
    await expectStatus(score(w, w.jurors[0]!, final.id, b2.id, { impact: 10, design: 10 }), 200);
    const finalBoard = await expectStatus<LeaderboardDto>(board(w, w.visitor), 200);
    expect(finalBoard).toMatchObject({ source: 'final', roundId: final.id });
    expect(finalBoard.standings.map((s) => [s.title, s.rank, s.score])).toEqual([
      ['Project B2', 1, 10],
      ['Project A1', null, null],
    ]);
  });

  it('exports results and every score as CSV and JSON that read back to the same numbers', async () => {
    const { w, heat } = await scene('organizers-until-published');
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[0]!.id, {}, 'Tydlig nytta, "bra" data'), 200);
    const csv = await w.organizer.agent
      .get(w.path('/leaderboard/export/scores.csv'))
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="${w.event.slug}-scores.csv"`);
    const [header, ...rows] = parseCsv(csv.body as string);
    expect(header).toEqual([
      'round_id',
      'round',
      'juror_id',
      'juror',
      'submission_id',
      'submission',
      'team',
      'criterion',
      'value',
      'updated_at',
    ]);
    expect(rows).toHaveLength(12);
    const json = await expectStatus<ScoresExportDto>(
      w.organizer.agent.get(w.path('/leaderboard/export/scores.json')),
      200,
    );
    expect(json.scores).toHaveLength(12);
    expect(rows.map((row) => [row[2], row[4], row[7], Number(row[8])])).toEqual(
      json.scores.map((s) => [s.jurorId, s.submissionId, s.criterionKey, s.value]),
    );
    for (const [j, juror] of w.jurors.entries()) {
      for (const [s, submission] of w.submissions.entries()) {
        for (const key of ['impact', 'design'] as const) {
          const row = rows.find((r) => r[2] === juror.id && r[4] === submission.id && r[7] === key)!;
          expect(Number(row[8])).toBe(VALUES[j]![s]![key]);
        }
      }
    }
    expect(json.comments).toEqual([
      expect.objectContaining({ jurorId: w.jurors[0]!.id, comment: 'Tydlig nytta, "bra" data' }),
    ]);

    const results = await w.organizer.agent
      .get(w.path('/leaderboard/export/results.csv'))
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      });
    expect(results.headers['content-disposition']).toBe(`attachment; filename="${w.event.slug}-results.csv"`);
    const [resultHeader, ...resultRows] = parseCsv(results.body as string);
    expect(resultHeader!.slice(0, 3)).toEqual(['board', 'round_id', 'rank']);
    expect(resultRows.filter((r) => r[0] === 'event').map((r) => [r[4], Number(r[2]), Number(r[7])])).toEqual([
      ['Project A1', 1, 7],
      ['Project A3', 2, 5],
      ['Project A2', 3, 4.5],
    ]);
    const resultsJson = await w.organizer.agent.get(w.path('/leaderboard/export/results.json'));
    expect(resultsJson.headers['content-disposition']).toBe(`attachment; filename="${w.event.slug}-results.json"`);
    const parsed = resultsJson.body as ResultsExportDto;
    expect(parsed.boards.map((b) => b.source)).toEqual(['heats', 'round']);
    expect(parsed.boards[1]!.standings.map((s) => s.score)).toEqual([7, 5, 4.5]);
  });

  it('serves on one instance the scores saved through another, and applies its own incrementally', async () => {
    const { w, heat, s2 } = await scene('live');
    second = await createApp(t.config, { clock: t.clock });
    await second.init();
    const other = request(second.getHttpServer() as Server);
    const juror = await cookieOf(t, w.jurors[0]!);
    const first = await expectStatus<LeaderboardDto>(board(w, w.visitor), 200);
    expect(first.standings.map((s) => s.score)).toEqual([7, 5, 4.5]);
    // Saved on the other instance: this one's board is now a version behind and is built again.
    await expectStatus(
      other
        .put(w.path(`/rounds/${heat.id}/reviews/${s2.id}`))
        .set('Cookie', juror)
        .send({ scores: { impact: 10, design: 10 } }),
      200,
    );
    const after = await expectStatus<LeaderboardDto>(board(w, w.visitor), 200);
    expect(after.version).toBe(first.version + 1);
    expect(after.standings.map((s) => [s.submissionId, s.score])).toEqual([
      [w.submissions[0]!.id, 7],
      [s2.id, 6.5],
      [w.submissions[2]!.id, 5],
    ]);
    // Saved here: applied to this instance's board without building it again; the other instance
    // catches up on its next read.
    const service = t.app.get(LeaderboardsService) as unknown as Record<string, unknown>;
    const build = service['build'] as (...args: unknown[]) => Promise<unknown>;
    let builds = 0;
    service['build'] = (...args: unknown[]) => {
      builds += 1;
      return build.apply(service, args);
    };
    await expectStatus(score(w, w.jurors[0]!, heat.id, s2.id, { impact: 1, design: 1 }), 200);
    const mine = await expectStatus<LeaderboardDto>(board(w, w.visitor), 200);
    delete service['build'];
    expect(builds).toBe(0);
    const theirs = await expectStatus<LeaderboardDto>(other.get(w.path('/leaderboard')), 200);
    expect(mine.version).toBe(after.version + 1);
    expect({ ...theirs, generatedAt: mine.generatedAt }).toEqual(mine);
    expect(mine.standings.map((s) => s.score)).toEqual([7, 5, 2]);
  });

  it('pushes the board to organizers always, and to members and visitors only while the public sees it live', async () => {
    const connect = (cookie?: string): Promise<Client> => {
      const client: Client = io(url, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        ...(cookie ? { extraHeaders: { cookie } } : {}),
      });
      return new Promise((resolve, reject) => {
        client.once('connect', () => resolve(client));
        client.once('connect_error', reject);
      });
    };
    const heard = (client: Client) => {
      const versions: number[] = [];
      client.on('leaderboard.snapshot', (message) => versions.push(message.version));
      return versions;
    };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 400));
    const clients: Client[] = [];
    try {
      for (const visibility of ['live', 'organizers-until-published'] as const) {
        const w = await judgingWorld(t, {
          challenges: 1,
          perChallenge: 1,
          jurors: 1,
          event: { leaderboardVisibility: visibility },
        });
        const { heats } = await readyToScore(w);
        const visitor = await connect();
        const juror = await connect(await cookieOf(t, w.jurors[0]!));
        const organizer = await connect(await cookieOf(t, w.organizer));
        clients.push(visitor, juror, organizer);
        await visitor.emitWithAck('subscribe', { eventSlug: w.event.slug });
        expect(await juror.emitWithAck('subscribe', { eventSlug: w.event.slug })).toMatchObject({
          ok: true,
          member: true,
          organizer: false,
        });
        await organizer.emitWithAck('subscribe', { eventSlug: w.event.slug });
        await settle();
        const [toVisitor, toJuror, toOrganizer] = [heard(visitor), heard(juror), heard(organizer)];
        t.clock.set(JUDGING);
        await expectStatus(score(w, w.jurors[0]!, heats[0]!.id, w.submissions[0]!.id, { impact: 5 }), 200);
        await settle();
        const version = (await expectStatus<LeaderboardDto>(board(w, w.organizer.agent), 200)).version;
        expect(toOrganizer).toEqual([version]);
        expect(toJuror).toEqual(visibility === 'live' ? [version] : []);
        expect(toVisitor).toEqual(visibility === 'live' ? [version] : []);
        t.clock.set(HACKING);
      }
    } finally {
      clients.forEach((client) => client.disconnect());
    }
  });
});

/** The cookies a browser of this user would send: signs in once more and keeps what it sets. */
async function cookieOf(t: TestApp, user: TestUser): Promise<string> {
  const login = await request(t.http).post('/api/auth/login').send({ email: user.email, password: user.password });
  return (login.headers['set-cookie'] as unknown as string[]).map((cookie) => cookie.split(';')[0]).join('; ');
}
