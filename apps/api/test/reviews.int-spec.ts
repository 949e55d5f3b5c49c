import { computeStandings } from '@hackboard/scoring';
import { DataSource } from 'typeorm';
import { EventEntity } from '../src/events/event.entity.js';
import { ReviewCommentEntity } from '../src/reviews/review-comment.entity.js';
import { ScoreEntity } from '../src/reviews/score.entity.js';
import { SubmissionEntity } from '../src/submissions/submission.entity.js';
import {
  CLOSED,
  HACKING,
  JUDGING,
  MISSING,
  auditActions,
  expectStatus,
  judgingWorld,
  readyToScore,
  score,
} from './support/judging-world.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

interface Review {
  scores: Record<string, number | null>;
  comment: string | null;
  status: string;
  criteria: { key: string }[];
  submission: { id: string; title: string; teamName: string; challenge: { id: string; title: string } };
}

describe.each(drivers())('rubric reviews on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(HACKING));

  const db = () => t.app.get(DataSource);
  const version = async (eventId: string) =>
    (await db().getRepository(EventEntity).findOneByOrFail({ id: eventId })).leaderboardVersion;
  const stored = (roundId: string) =>
    db()
      .getRepository(ScoreEntity)
      .find({ where: { roundId }, order: { jurorId: 'ASC', submissionId: 'ASC', criterionKey: 'ASC' } });

  /** One heat of two submissions; juror 0 assigned to both, juror 1 on the panel but assigned to none. */
  async function scene(options: Parameters<typeof judgingWorld>[1] = {}) {
    const w = await judgingWorld(t, { challenges: 1, perChallenge: 2, jurors: 2, ...options });
    await expectStatus(
      w.organizer.agent.post(w.path('/criteria')).send({ key: 'impact', name: 'Impact', weight: 2 }),
      201,
    );
    await expectStatus(
      w.organizer.agent
        .post(w.path('/criteria'))
        .send({ key: 'data', name: 'Open data', weight: 1, scaleMin: 0, scaleMax: 5 }),
      201,
    );
    const [heat] = await expectStatus<{ id: string }[]>(w.organizer.agent.post(w.path('/rounds/heats')), 201);
    await expectStatus(
      w.organizer.agent.put(w.path(`/rounds/${heat!.id}/panel`)).send({ jurorIds: w.jurors.map((j) => j.id) }),
      200,
    );
    for (const submission of w.submissions) {
      await expectStatus(
        w.organizer.agent
          .post(w.path(`/rounds/${heat!.id}/assignments`))
          .send({ jurorId: w.jurors[0]!.id, submissionId: submission.id }),
        201,
      );
    }
    t.clock.set(JUDGING);
    return { w, heat: heat! };
  }

  it("saves a juror's scores and comment and gives them back with the rubric and the project", async () => {
    const { w, heat } = await scene();
    const [a] = w.submissions;
    const saved = await expectStatus<Review>(
      score(w, w.jurors[0]!, heat.id, a!.id, { impact: 7.5, data: 0 }, 'Strong use of open data.'),
      200,
    );
    expect(saved).toMatchObject({
      scores: { impact: 7.5, data: 0 },
      comment: 'Strong use of open data.',
      status: 'complete',
      submission: { id: a!.id, title: a!.title, teamName: a!.teamName, challenge: { title: w.challenges[0]!.title } },
    });
    expect(saved.criteria.map((c) => c.key)).toEqual(['impact', 'data']);
    expect(
      await expectStatus<Review>(w.jurors[0]!.agent.get(w.path(`/rounds/${heat.id}/reviews/${a!.id}`)), 200),
    ).toEqual(saved);
    expect(await auditActions(t, w.event.id)).toContain('review.saved');
  });

  it('upserts per criterion: a key left out stays, null removes a value, and a repeated request changes nothing', async () => {
    const { w, heat } = await scene();
    const id = w.submissions[0]!.id;
    await expectStatus(score(w, w.jurors[0]!, heat.id, id, { impact: 6 }), 200);
    const partial = await expectStatus<Review>(score(w, w.jurors[0]!, heat.id, id, { data: 3 }), 200);
    expect(partial).toMatchObject({ scores: { impact: 6, data: 3 }, status: 'complete' });
    const cleared = await expectStatus<Review>(score(w, w.jurors[0]!, heat.id, id, { impact: null }, null), 200);
    expect(cleared).toMatchObject({ scores: { impact: null, data: 3 }, status: 'incomplete', comment: null });

    const request = { impact: 9, data: 4 };
    const first = await expectStatus<Review>(score(w, w.jurors[0]!, heat.id, id, request, 'Again'), 200);
    const rows = await stored(heat.id);
    const at = await version(w.event.id);
    const second = await expectStatus<Review>(score(w, w.jurors[0]!, heat.id, id, request, 'Again'), 200);
    expect(second).toEqual(first);
    expect(await stored(heat.id)).toEqual(rows);
    expect(rows.map((r) => [r.criterionKey, r.value])).toEqual([
      ['data', 4],
      ['impact', 9],
    ]);
    expect(await version(w.event.id)).toBe(at);
    expect(await db().getRepository(ReviewCommentEntity).countBy({ roundId: heat.id })).toBe(1);
  });

  it("raises the event's leaderboard version once for every save that changes something", async () => {
    const { w, heat } = await scene();
    const start = await version(w.event.id);
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[0]!.id, { impact: 1 }), 200);
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[1]!.id, { impact: 2 }), 200);
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[1]!.id, {}, 'Comment only'), 200);
    expect(await version(w.event.id)).toBe(start + 3);
  });

  it('takes scores only from the juror assigned to the submission', async () => {
    const { w, heat } = await scene();
    const id = w.submissions[0]!.id;
    const unassigned = await expectStatus<{ code: string }>(score(w, w.jurors[1]!, heat.id, id, { impact: 5 }), 403);
    expect(unassigned.code).toBe('NOT_ASSIGNED');
    await expectStatus(w.jurors[1]!.agent.get(w.path(`/rounds/${heat.id}/reviews/${id}`)), 403);
    await expectStatus(
      w.organizer.agent.put(w.path(`/rounds/${heat.id}/reviews/${id}`)).send({ scores: { impact: 5 } }),
      403,
    );
    await expectStatus(
      w.participant.agent.put(w.path(`/rounds/${heat.id}/reviews/${id}`)).send({ scores: { impact: 5 } }),
      403,
    );
    await expectStatus(w.visitor.put(w.path(`/rounds/${heat.id}/reviews/${id}`)).send({ scores: { impact: 5 } }), 401);
    expect(await stored(heat.id)).toEqual([]);
  });

  it('takes scores only while the event is judging', async () => {
    const { w, heat } = await scene();
    for (const moment of [HACKING, CLOSED]) {
      t.clock.set(moment);
      const refused = await expectStatus<{ code: string }>(
        score(w, w.jurors[0]!, heat.id, w.submissions[0]!.id, { impact: 5 }),
        409,
      );
      expect(refused.code).toBe('NOT_JUDGING');
    }
    expect(await stored(heat.id)).toEqual([]);
  });

  it("refuses values off a criterion's scale and keys outside the rubric, with a message per field, saving none", async () => {
    const { w, heat } = await scene();
    const id = w.submissions[0]!.id;
    const refused = await expectStatus<{ code: string; fields: Record<string, string> }>(
      score(w, w.jurors[0]!, heat.id, id, { impact: 11, data: 6, design: 3 }),
      400,
    );
    expect(refused).toEqual({
      code: 'VALIDATION_FAILED',
      message: expect.any(String),
      fields: {
        'scores.impact': 'must be between 1 and 10',
        'scores.data': 'must be between 0 and 5',
        'scores.design': 'is not a criterion of this round’s rubric',
      },
    });
    const types = await expectStatus<{ fields: Record<string, string> }>(
      w.jurors[0]!.agent.put(w.path(`/rounds/${heat.id}/reviews/${id}`)).send({
        scores: { impact: '7' },
        comment: 5,
        extra: 1,
      }),
      400,
    );
    expect(types.fields).toEqual({
      'scores.impact': 'must be a number or null',
      comment: 'must be text or null',
      extra: 'is not a known field',
    });
    expect(await stored(heat.id)).toEqual([]);
  });

  it('answers 404 for a submission the round does not judge and for ids of another event', async () => {
    const { w, heat } = await scene();
    const other = await judgingWorld(t, { challenges: 1, jurors: 1 });
    const [foreignHeat] = await expectStatus<{ id: string }[]>(
      other.organizer.agent.post(other.path('/rounds/heats')),
      201,
    );
    const refused = await Promise.all([
      score(w, w.jurors[0]!, heat.id, w.draft.id, { impact: 5 }),
      score(w, w.jurors[0]!, heat.id, other.submissions[0]!.id, { impact: 5 }),
      score(w, w.jurors[0]!, heat.id, MISSING, { impact: 5 }),
      score(w, w.jurors[0]!, foreignHeat!.id, w.submissions[0]!.id, { impact: 5 }),
      score(w, w.jurors[0]!, MISSING, w.submissions[0]!.id, { impact: 5 }),
    ]);
    expect(refused.map((r) => `${r.status} ${r.body.code}`)).toEqual([
      '404 ENTRY_NOT_FOUND',
      '404 ENTRY_NOT_FOUND',
      '404 ENTRY_NOT_FOUND',
      '404 ROUND_NOT_FOUND',
      '404 ROUND_NOT_FOUND',
    ]);
  });

  it('stops taking scores for a submission taken back to a draft', async () => {
    const { w, heat } = await scene();
    await db().getRepository(SubmissionEntity).update({ id: w.submissions[0]!.id }, { status: 'draft' });
    const refused = await expectStatus<{ code: string }>(
      score(w, w.jurors[0]!, heat.id, w.submissions[0]!.id, { impact: 5 }),
      404,
    );
    expect(refused.code).toBe('ENTRY_NOT_FOUND');
  });

  it('refuses rubric scores in an event judged pairwise', async () => {
    const { w, heat } = await scene();
    await expectStatus(w.organizer.agent.patch(w.path()).send({ judgingMode: 'pairwise' }), 200);
    const refused = await expectStatus<{ code: string }>(
      score(w, w.jurors[0]!, heat.id, w.submissions[0]!.id, { impact: 5 }),
      409,
    );
    expect(refused.code).toBe('NOT_RUBRIC_MODE');
  });
});

const describePostgres = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;

describePostgres('concurrent rubric reviews on postgres', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp('postgres', { DB_POOL_SIZE: '25' })));
  afterAll(() => t?.close());

  it('keeps every one of 10 jurors × 20 submissions × 3 criteria saved at once, and a board equal to a full recompute', async () => {
    t.clock.set(HACKING);
    const w = await judgingWorld(t, { challenges: 1, perChallenge: 20, jurors: 10 });
    const criteria = [
      { key: 'impact', weight: 3 },
      { key: 'data', weight: 2 },
      { key: 'design', weight: 1 },
    ];
    const { heats } = await readyToScore(w, criteria);
    const heat = heats[0]!;
    t.clock.set(JUDGING);
    const db = t.app.get(DataSource);
    const startVersion = (await db.getRepository(EventEntity).findOneByOrFail({ id: w.event.id })).leaderboardVersion;
    // Read the board once so the incremental path (not only a rebuild) is what the burst exercises.
    await expectStatus(w.organizer.agent.get(w.path(`/leaderboard?roundId=${heat.id}`)), 200);

    const valueOf = (j: number, s: number, c: number, round: number) => 1 + ((j * 7 + s * 3 + c * 5 + round) % 10);
    const burst = (round: number) =>
      Promise.all(
        w.jurors.flatMap((juror, j) =>
          w.submissions.map((submission, s) =>
            score(
              w,
              juror,
              heat.id,
              submission.id,
              Object.fromEntries(criteria.map((criterion, c) => [criterion.key, valueOf(j, s, c, round)])),
            ),
          ),
        ),
      );
    const first = await burst(0);
    expect(first.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    const second = await burst(1);
    expect(second.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);

    const rows = await db.getRepository(ScoreEntity).findBy({ roundId: heat.id });
    expect(rows).toHaveLength(10 * 20 * 3);
    for (const row of rows) {
      const j = w.jurors.findIndex((juror) => juror.id === row.jurorId);
      const s = w.submissions.findIndex((submission) => submission.id === row.submissionId);
      const c = criteria.findIndex((criterion) => criterion.key === row.criterionKey);
      expect(row.value).toBe(valueOf(j, s, c, 1));
    }
    const endVersion = (await db.getRepository(EventEntity).findOneByOrFail({ id: w.event.id })).leaderboardVersion;
    expect(endVersion - startVersion).toBe(400);

    const submissions = await db.getRepository(SubmissionEntity).findBy({ eventId: w.event.id, status: 'submitted' });
    for (const method of ['raw', 'normalized'] as const) {
      await expectStatus(w.organizer.agent.patch(w.path()).send({ scoreNormalization: method }), 200);
      const board = await expectStatus<{
        version: number;
        standings: { submissionId: string; rank: number; score: number; reviews: number }[];
      }>(w.organizer.agent.get(w.path(`/leaderboard?roundId=${heat.id}`)), 200);
      // A change of the scoring method moves the boards: one version more, nothing else.
      expect(board.version).toBe(endVersion + (method === 'normalized' ? 1 : 0));
      const reference = computeStandings(
        {
          rubric: { criteria: criteria.map((c) => ({ ...c, scaleMin: 1, scaleMax: 10 })) },
          submissions: submissions.map((s) => ({
            id: s.id,
            challengeId: s.challengeId,
            submittedAt: s.submittedAt!.getTime(),
          })),
          scores: rows.map((r) => ({
            jurorId: r.jurorId,
            submissionId: r.submissionId,
            criterion: r.criterionKey,
            value: r.value,
          })),
        },
        { method },
      );
      expect(board.standings.map((s) => [s.submissionId, s.rank, s.reviews])).toEqual(
        reference.standings.map((s) => [s.submissionId, s.rank, s.reviews]),
      );
      board.standings.forEach((standing, i) => expect(standing.score).toBeCloseTo(reference.standings[i]!.score!, 9));
    }
  }, 120_000);
});
