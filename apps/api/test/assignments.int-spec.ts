import { DataSource } from 'typeorm';
import { AssignmentEntity } from '../src/judging/assignment.entity.js';
import { ConflictEntity } from '../src/judging/conflict.entity.js';
import { ScoreEntity } from '../src/reviews/score.entity.js';
import {
  HACKING,
  JUDGING,
  MISSING,
  type JudgingWorld,
  auditActions,
  expectStatus,
  judgingWorld,
  score,
} from './support/judging-world.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

interface AutoResult {
  reviewsPerSubmission: number;
  dryRun: boolean;
  added: { jurorId: string; submissionId: string }[];
  shortfalls: { submissionId: string; title: string; reviews: number; eligibleJurors: number }[];
  loads: { jurorId: string; assignments: number }[];
}

describe.each(drivers())('jury assignments and conflicts of interest on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(HACKING));

  const db = () => t.app.get(DataSource);
  const assignments = (roundId: string) => db().getRepository(AssignmentEntity).findBy({ roundId });

  /** Rubric, heats and panels (every juror on every heat), but no assignments yet. */
  async function prepared(options: Parameters<typeof judgingWorld>[1] = {}) {
    const w = await judgingWorld(t, options);
    for (const key of ['impact', 'design']) {
      await expectStatus(w.organizer.agent.post(w.path('/criteria')).send({ key, name: key, weight: 1 }), 201);
    }
    const heats = await expectStatus<{ id: string; challengeId: string }[]>(
      w.organizer.agent.post(w.path('/rounds/heats')),
      201,
    );
    for (const heat of heats) {
      await expectStatus(
        w.organizer.agent.put(w.path(`/rounds/${heat.id}/panel`)).send({ jurorIds: w.jurors.map((j) => j.id) }),
        200,
      );
    }
    const heatA = heats.find((heat) => heat.challengeId === w.challenges[0]!.id)!;
    const entriesA = w.submissions.filter((s) => s.challengeId === w.challenges[0]!.id);
    return { w, heats, heatA, entriesA };
  }

  const assign = (w: JudgingWorld, roundId: string, jurorId: string, submissionId: string) =>
    w.organizer.agent.post(w.path(`/rounds/${roundId}/assignments`)).send({ jurorId, submissionId });

  it('assigns a juror of the panel to an entry once, and lists assignments with their progress', async () => {
    const { w, heatA, entriesA } = await prepared({ challenges: 1, perChallenge: 2, jurors: 2 });
    const created = await expectStatus<{ id: string; status: string; jurorName: string; title: string }>(
      assign(w, heatA.id, w.jurors[0]!.id, entriesA[0]!.id),
      201,
    );
    expect(created).toMatchObject({ status: 'not-started', title: entriesA[0]!.title });
    const twice = await expectStatus<{ code: string }>(assign(w, heatA.id, w.jurors[0]!.id, entriesA[0]!.id), 409);
    expect(twice.code).toBe('ALREADY_ASSIGNED');
    t.clock.set(JUDGING);
    await expectStatus(score(w, w.jurors[0]!, heatA.id, entriesA[0]!.id, { impact: 4 }), 200);
    let listed = await expectStatus<{ status: string }[]>(
      w.organizer.agent.get(w.path(`/rounds/${heatA.id}/assignments`)),
      200,
    );
    expect(listed.map((a) => a.status)).toEqual(['incomplete']);
    await expectStatus(score(w, w.jurors[0]!, heatA.id, entriesA[0]!.id, { design: 6 }), 200);
    listed = await expectStatus(w.organizer.agent.get(w.path(`/rounds/${heatA.id}/assignments`)), 200);
    expect(listed.map((a) => a.status)).toEqual(['complete']);
    const panel = await expectStatus<{ jurors: { userId: string; assignments: number; completed: number }[] }>(
      w.organizer.agent.get(w.path(`/rounds/${heatA.id}/panel`)),
      200,
    );
    expect(panel.jurors.find((j) => j.userId === w.jurors[0]!.id)).toMatchObject({ assignments: 1, completed: 1 });
    expect(await auditActions(t, w.event.id)).toContain('assignment.created');
  });

  it('refuses a juror off the panel, a submission the round does not judge, and ids of another event', async () => {
    const { w, heatA, heats, entriesA } = await prepared({ challenges: 2, perChallenge: 2, jurors: 2 });
    const outsider = await judgingWorld(t, { challenges: 1, jurors: 1 });
    const offPanel = await expectStatus<{ code: string; fields: Record<string, string> }>(
      assign(w, heatA.id, outsider.jurors[0]!.id, entriesA[0]!.id),
      409,
    );
    expect(offPanel).toMatchObject({ code: 'NOT_ON_PANEL', fields: { jurorId: expect.any(String) } });
    const heatB = heats.find((heat) => heat.id !== heatA.id)!;
    const entryB = w.submissions.find((s) => s.challengeId !== w.challenges[0]!.id)!;
    expect((await expectStatus<{ code: string }>(assign(w, heatA.id, w.jurors[0]!.id, entryB.id), 404)).code).toBe(
      'ENTRY_NOT_FOUND',
    );
    await expectStatus(assign(w, heatA.id, w.jurors[0]!.id, w.draft.id), 404);
    await expectStatus(assign(w, heatA.id, w.jurors[0]!.id, outsider.submissions[0]!.id), 404);
    await expectStatus(assign(w, heatA.id, w.jurors[0]!.id, MISSING), 404);
    await expectStatus(assign(w, MISSING, w.jurors[0]!.id, entriesA[0]!.id), 404);
    const invalid = await expectStatus<{ fields: Record<string, string> }>(
      w.organizer.agent.post(w.path(`/rounds/${heatA.id}/assignments`)).send({ jurorId: 'x' }),
      400,
    );
    expect(Object.keys(invalid.fields).sort()).toEqual(['jurorId', 'submissionId']);
    await expectStatus(w.jurors[0]!.agent.post(w.path(`/rounds/${heatA.id}/assignments`)).send({}), 403);
    await expectStatus(w.agency.agent.post(w.path(`/rounds/${heatA.id}/assignments/auto`)).send({}), 403);
    expect(await assignments(heatA.id)).toEqual([]);
    expect(await assignments(heatB.id)).toEqual([]);
  });

  it("removes an assignment together with the juror's scores for it", async () => {
    const { w, heatA, entriesA } = await prepared({ challenges: 1, perChallenge: 2, jurors: 2 });
    const created = await expectStatus<{ id: string }>(assign(w, heatA.id, w.jurors[0]!.id, entriesA[0]!.id), 201);
    t.clock.set(JUDGING);
    await expectStatus(score(w, w.jurors[0]!, heatA.id, entriesA[0]!.id, { impact: 4, design: 5 }), 200);
    await expectStatus(w.organizer.agent.delete(w.path(`/rounds/${heatA.id}/assignments/${created.id}`)), 204);
    await expectStatus(w.organizer.agent.delete(w.path(`/rounds/${heatA.id}/assignments/${created.id}`)), 404);
    expect(await db().getRepository(ScoreEntity).countBy({ roundId: heatA.id })).toBe(0);
    const refused = await expectStatus<{ code: string }>(
      score(w, w.jurors[0]!, heatA.id, entriesA[0]!.id, { impact: 4 }),
      403,
    );
    expect(refused.code).toBe('NOT_ASSIGNED');
    const log = await w.organizer.agent.get(w.path('/audit?limit=50')).expect(200);
    expect(log.body.items.find((e: { action: string }) => e.action === 'assignment.deleted').details).toMatchObject({
      deletedScores: 2,
    });
  });

  it('gives every entry K reviews automatically, loads within one, conflicts respected, existing assignments kept', async () => {
    const { w, heatA, entriesA } = await prepared({ challenges: 1, perChallenge: 7, jurors: 4 });
    await expectStatus(
      w.jurors[0]!.agent.post(w.path('/conflicts')).send({ submissionId: entriesA[0]!.id, reason: 'My sister’s team' }),
      201,
    );
    const manual = await expectStatus<{ id: string }>(assign(w, heatA.id, w.jurors[1]!.id, entriesA[1]!.id), 201);
    const result = await expectStatus<AutoResult>(
      w.organizer.agent.post(w.path(`/rounds/${heatA.id}/assignments/auto`)).send({ reviewsPerSubmission: 3 }),
      200,
    );
    expect(result).toMatchObject({ reviewsPerSubmission: 3, dryRun: false, shortfalls: [] });
    expect(result.added).toHaveLength(7 * 3 - 1);
    const stored = await assignments(heatA.id);
    expect(stored).toHaveLength(21);
    expect(stored.some((a) => a.id === manual.id)).toBe(true);
    for (const entry of entriesA) expect(stored.filter((a) => a.submissionId === entry.id)).toHaveLength(3);
    expect(stored.some((a) => a.jurorId === w.jurors[0]!.id && a.submissionId === entriesA[0]!.id)).toBe(false);
    const loads = w.jurors.map((j) => stored.filter((a) => a.jurorId === j.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(result.loads.map((l) => l.assignments).sort()).toEqual([...loads].sort());
    // Running it again finds nothing to add, and the round remembers K.
    const again = await expectStatus<AutoResult>(
      w.organizer.agent.post(w.path(`/rounds/${heatA.id}/assignments/auto`)).send({}),
      200,
    );
    expect(again).toMatchObject({ reviewsPerSubmission: 3, added: [] });
    expect(await auditActions(t, w.event.id)).toContain('assignment.auto');
  });

  it('previews the plan with dryRun and saves nothing', async () => {
    const { w, heatA } = await prepared({ challenges: 1, perChallenge: 5, jurors: 3 });
    const before = await auditActions(t, w.event.id);
    const preview = await expectStatus<AutoResult>(
      w.organizer.agent
        .post(w.path(`/rounds/${heatA.id}/assignments/auto`))
        .send({ reviewsPerSubmission: 2, dryRun: true }),
      200,
    );
    expect(preview).toMatchObject({ dryRun: true, reviewsPerSubmission: 2 });
    expect(preview.added).toHaveLength(10);
    expect(await assignments(heatA.id)).toEqual([]);
    expect(await auditActions(t, w.event.id)).toEqual(before);
    const saved = await expectStatus<AutoResult>(
      w.organizer.agent.post(w.path(`/rounds/${heatA.id}/assignments/auto`)).send({ reviewsPerSubmission: 2 }),
      200,
    );
    expect(saved.added).toEqual(preview.added);
    expect(await assignments(heatA.id)).toHaveLength(10);
  });

  it('names the submissions that cannot get K reviews from the panel', async () => {
    const { w, heatA, entriesA } = await prepared({ challenges: 1, perChallenge: 2, jurors: 2 });
    await expectStatus(
      w.jurors[1]!.agent.post(w.path('/conflicts')).send({ submissionId: entriesA[1]!.id, reason: 'Former colleague' }),
      201,
    );
    const result = await expectStatus<AutoResult>(
      w.organizer.agent.post(w.path(`/rounds/${heatA.id}/assignments/auto`)).send({ reviewsPerSubmission: 2 }),
      200,
    );
    expect(result.shortfalls).toEqual([
      { submissionId: entriesA[1]!.id, title: entriesA[1]!.title, reviews: 1, eligibleJurors: 1 },
    ]);
    expect(await assignments(heatA.id)).toHaveLength(3);
  });

  it('shows a juror their rounds, their assignments with progress, and their conflicts', async () => {
    const { w, heats, heatA, entriesA } = await prepared({ challenges: 2, perChallenge: 2, jurors: 2 });
    await expectStatus(assign(w, heatA.id, w.jurors[0]!.id, entriesA[0]!.id), 201);
    await expectStatus(assign(w, heatA.id, w.jurors[0]!.id, entriesA[1]!.id), 201);
    await expectStatus(assign(w, heatA.id, w.jurors[1]!.id, entriesA[0]!.id), 201);
    const conflictWith = w.submissions.find((s) => s.challengeId === w.challenges[1]!.id)!;
    await expectStatus(
      w.jurors[0]!.agent.post(w.path('/conflicts')).send({ submissionId: conflictWith.id, reason: 'Mentor' }),
      201,
    );
    t.clock.set(JUDGING);
    await expectStatus(score(w, w.jurors[0]!, heatA.id, entriesA[0]!.id, { impact: 4, design: 5 }), 200);
    await expectStatus(score(w, w.jurors[0]!, heatA.id, entriesA[1]!.id, { impact: 4 }), 200);
    const mine = await expectStatus<{
      judgingOpen: boolean;
      rounds: {
        id: string;
        criteria: unknown[];
        assignments: { submissionId: string; status: string; scored: number }[];
        progress: unknown;
      }[];
      conflicts: { submissionId: string; reason: string }[];
    }>(w.jurors[0]!.agent.get(w.path('/jury/me')), 200);
    expect(mine.judgingOpen).toBe(true);
    expect(mine.rounds.map((r) => r.id).sort()).toEqual(heats.map((h) => h.id).sort());
    const a = mine.rounds.find((r) => r.id === heatA.id)!;
    expect(a.criteria).toHaveLength(2);
    expect(a.assignments.map((x) => [x.submissionId, x.status, x.scored])).toEqual([
      [entriesA[0]!.id, 'complete', 2],
      [entriesA[1]!.id, 'incomplete', 1],
    ]);
    expect(a.progress).toEqual({ complete: 1, total: 2 });
    expect(mine.conflicts).toEqual([expect.objectContaining({ submissionId: conflictWith.id, reason: 'Mentor' })]);
    await expectStatus(w.participant.agent.get(w.path('/jury/me')), 403);
    await expectStatus(w.organizer.agent.get(w.path('/jury/me')), 403);
  });

  describe('conflicts of interest', () => {
    it('takes the juror off the submission at once: assignment and scores removed, new ones and scoring refused', async () => {
      const { w, heatA, entriesA } = await prepared({ challenges: 1, perChallenge: 2, jurors: 2 });
      await expectStatus(assign(w, heatA.id, w.jurors[0]!.id, entriesA[0]!.id), 201);
      t.clock.set(JUDGING);
      await expectStatus(score(w, w.jurors[0]!, heatA.id, entriesA[0]!.id, { impact: 9, design: 9 }), 200);
      const declared = await expectStatus<{ id: string; jurorId: string; submissionTitle: string; reason: string }>(
        w.jurors[0]!.agent.post(w.path('/conflicts')).send({ submissionId: entriesA[0]!.id, reason: '  Min kusin  ' }),
        201,
      );
      expect(declared).toMatchObject({
        jurorId: w.jurors[0]!.id,
        submissionTitle: entriesA[0]!.title,
        reason: 'Min kusin',
      });
      expect(await assignments(heatA.id)).toEqual([]);
      expect(await db().getRepository(ScoreEntity).countBy({ roundId: heatA.id })).toBe(0);
      const assignAgain = await expectStatus<{ code: string }>(
        assign(w, heatA.id, w.jurors[0]!.id, entriesA[0]!.id),
        409,
      );
      expect(assignAgain.code).toBe('CONFLICT_OF_INTEREST');
      const scoreAgain = await expectStatus<{ code: string }>(
        score(w, w.jurors[0]!, heatA.id, entriesA[0]!.id, { impact: 9 }),
        409,
      );
      expect(scoreAgain.code).toBe('CONFLICT_OF_INTEREST');
      const auto = await expectStatus<AutoResult>(
        w.organizer.agent.post(w.path(`/rounds/${heatA.id}/assignments/auto`)).send({ reviewsPerSubmission: 2 }),
        200,
      );
      expect(auto.added.some((a) => a.jurorId === w.jurors[0]!.id && a.submissionId === entriesA[0]!.id)).toBe(false);
      const log = await w.organizer.agent.get(w.path('/audit?limit=50')).expect(200);
      expect(log.body.items.find((e: { action: string }) => e.action === 'conflict.declared').details).toMatchObject({
        unassignedInRounds: [heatA.id],
        deletedScores: 2,
      });
    });

    it('lists a juror their own conflicts and organizers all; only the declaring juror withdraws one', async () => {
      const { w, entriesA } = await prepared({ challenges: 1, perChallenge: 2, jurors: 2 });
      const mine = await expectStatus<{ id: string }>(
        w.jurors[0]!.agent.post(w.path('/conflicts')).send({ submissionId: entriesA[0]!.id, reason: 'Neighbour' }),
        201,
      );
      await expectStatus(
        w.jurors[1]!.agent.post(w.path('/conflicts')).send({ submissionId: entriesA[1]!.id, reason: 'Employer' }),
        201,
      );
      expect(await expectStatus<unknown[]>(w.jurors[0]!.agent.get(w.path('/conflicts')), 200)).toHaveLength(1);
      expect(await expectStatus<unknown[]>(w.organizer.agent.get(w.path('/conflicts')), 200)).toHaveLength(2);
      await expectStatus(w.participant.agent.get(w.path('/conflicts')), 403);
      await expectStatus(w.jurors[1]!.agent.delete(w.path(`/conflicts/${mine.id}`)), 404);
      await expectStatus(w.organizer.agent.delete(w.path(`/conflicts/${mine.id}`)), 403);
      await expectStatus(w.jurors[0]!.agent.delete(w.path(`/conflicts/${mine.id}`)), 204);
      expect(await db().getRepository(ConflictEntity).countBy({ eventId: w.event.id })).toBe(1);
      expect(await auditActions(t, w.event.id)).toEqual(
        expect.arrayContaining(['conflict.declared', 'conflict.withdrawn']),
      );
    });

    it('refuses a conflict with an unknown or foreign submission, a second one, and one without a reason', async () => {
      const { w, entriesA } = await prepared({ challenges: 1, perChallenge: 1, jurors: 1 });
      const other = await judgingWorld(t, { challenges: 1 });
      const declare = (body: object) => w.jurors[0]!.agent.post(w.path('/conflicts')).send(body);
      const foreign = await expectStatus<{ code: string; fields: Record<string, string> }>(
        declare({ submissionId: other.submissions[0]!.id, reason: 'x' }),
        404,
      );
      expect(foreign).toMatchObject({ code: 'SUBMISSION_NOT_FOUND', fields: { submissionId: expect.any(String) } });
      await expectStatus(declare({ submissionId: MISSING, reason: 'x' }), 404);
      const noReason = await expectStatus<{ fields: Record<string, string> }>(
        declare({ submissionId: entriesA[0]!.id, reason: ' ' }),
        400,
      );
      expect(noReason.fields).toEqual({ reason: 'is required' });
      await expectStatus(declare({ submissionId: entriesA[0]!.id, reason: 'Friend' }), 201);
      const twice = await expectStatus<{ code: string }>(
        declare({ submissionId: entriesA[0]!.id, reason: 'Friend' }),
        409,
      );
      expect(twice.code).toBe('CONFLICT_ALREADY_DECLARED');
      expect(await db().getRepository(ConflictEntity).countBy({ eventId: w.event.id })).toBe(1);
    });
  });
});
