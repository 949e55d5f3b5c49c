import { DataSource, In } from 'typeorm';
import { CriterionEntity } from '../src/judging/criterion.entity.js';
import { RoundEntity } from '../src/judging/round.entity.js';
import { ScoreEntity } from '../src/reviews/score.entity.js';
import { createEvent, registerUser } from './support/actors.js';
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

describe.each(drivers())('rubric criteria on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(HACKING));

  const db = () => t.app.get(DataSource);
  const criteriaOf = (eventId: string) =>
    db()
      .getRepository(CriterionEntity)
      .find({ where: { eventId }, order: { scope: 'ASC', key: 'ASC' } });

  it('lets an organizer build the event rubric, on a 1–10 scale unless told otherwise, listed in order', async () => {
    const w = await judgingWorld(t);
    const impact = await expectStatus<{ criterion: { id: string } }>(
      w.organizer.agent
        .post(w.path('/criteria'))
        .send({ key: 'impact', name: 'Samhällsnytta', description: 'Who benefits?', weight: 2 }),
      201,
    );
    await expectStatus(
      w.organizer.agent
        .post(w.path('/criteria'))
        .send({ key: 'open-data', name: 'Open data', weight: 1.5, scaleMin: 0, scaleMax: 5 }),
      201,
    );
    const listed = await expectStatus<unknown[]>(w.visitor.get(w.path('/criteria')), 200);
    expect(listed).toEqual([
      {
        id: impact.criterion.id,
        scope: 'event',
        challengeId: null,
        roundId: null,
        key: 'impact',
        name: 'Samhällsnytta',
        description: 'Who benefits?',
        weight: 2,
        scaleMin: 1,
        scaleMax: 10,
        position: 0,
      },
      expect.objectContaining({ key: 'open-data', weight: 1.5, scaleMin: 0, scaleMax: 5, position: 1 }),
    ]);
    expect(await auditActions(t, w.event.id)).toEqual(expect.arrayContaining(['criterion.created']));
  });

  it('refuses a bad criterion with a message per field and stores nothing', async () => {
    const w = await judgingWorld(t);
    const bad = await expectStatus<{ code: string; fields: Record<string, string> }>(
      w.organizer.agent
        .post(w.path('/criteria'))
        .send({ key: 'Bad Key', name: '', weight: 0, scaleMin: 1.5, scaleMax: 10, colour: 'red' }),
      400,
    );
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(bad.fields).sort()).toEqual(['colour', 'key', 'name', 'scaleMin', 'weight']);
    const scale = await expectStatus<{ fields: Record<string, string> }>(
      w.organizer.agent.post(w.path('/criteria')).send({ key: 'x', name: 'X', weight: 1, scaleMin: 5, scaleMax: 5 }),
      400,
    );
    expect(scale.fields).toEqual({ scaleMax: 'must be greater than scaleMin' });
    const created = await expectStatus<{ criterion: { id: string } }>(
      w.organizer.agent.post(w.path('/criteria')).send({ key: 'x', name: 'X', weight: 1, scaleMin: 1, scaleMax: 5 }),
      201,
    );
    const merged = await expectStatus<{ fields: Record<string, string> }>(
      w.organizer.agent.patch(w.path(`/criteria/${created.criterion.id}`)).send({ scaleMin: 6 }),
      400,
    );
    expect(merged.fields).toEqual({ scaleMin: 'scaleMax must be greater than scaleMin' });
    await expectStatus(w.organizer.agent.patch(w.path(`/criteria/${created.criterion.id}`)).send({}), 400);
    expect((await criteriaOf(w.event.id)).map((c) => [c.key, c.scaleMin, c.scaleMax])).toEqual([['x', 1, 5]]);
  });

  it('keeps keys unique within one rubric, while another rubric may use the same key', async () => {
    const w = await judgingWorld(t);
    await expectStatus(
      w.organizer.agent.post(w.path('/criteria')).send({ key: 'impact', name: 'Impact', weight: 1 }),
      201,
    );
    const twice = await expectStatus<{ code: string; fields: Record<string, string> }>(
      w.organizer.agent.post(w.path('/criteria')).send({ key: 'impact', name: 'Again', weight: 1 }),
      409,
    );
    expect(twice).toMatchObject({ code: 'CRITERION_KEY_TAKEN', fields: { key: expect.any(String) } });
    await expectStatus(
      w.organizer.agent
        .post(w.path(`/criteria?challengeId=${w.challenges[0]!.id}`))
        .send({ key: 'impact', name: 'Own', weight: 3 }),
      201,
    );
    const design = await expectStatus<{ criterion: { id: string } }>(
      w.organizer.agent.post(w.path('/criteria')).send({ key: 'design', name: 'Design', weight: 1 }),
      201,
    );
    const renamed = await expectStatus<{ code: string }>(
      w.organizer.agent.patch(w.path(`/criteria/${design.criterion.id}`)).send({ key: 'impact' }),
      409,
    );
    expect(renamed.code).toBe('CRITERION_KEY_TAKEN');
    const own = await expectStatus<{ key: string; weight: number; scope: string; challengeId: string }[]>(
      w.visitor.get(w.path(`/criteria?challengeId=${w.challenges[0]!.id}`)),
      200,
    );
    expect(own).toEqual([
      expect.objectContaining({ key: 'impact', weight: 3, scope: 'challenge', challengeId: w.challenges[0]!.id }),
    ]);
  });

  it("lets the challenge's agency edit its challenge's rubric, and no other", async () => {
    const w = await judgingWorld(t);
    const own = w.path(`/criteria?challengeId=${w.challenges[0]!.id}`);
    const created = await expectStatus<{ criterion: { id: string } }>(
      w.agency.agent.post(own).send({ key: 'reuse', name: 'Reuse of our data', weight: 1 }),
      201,
    );
    await expectStatus(w.agency.agent.patch(w.path(`/criteria/${created.criterion.id}`)).send({ weight: 4 }), 200);
    const other = await expectStatus<{ code: string }>(
      w.agency.agent
        .post(w.path(`/criteria?challengeId=${w.challenges[1]!.id}`))
        .send({ key: 'a', name: 'A', weight: 1 }),
      403,
    );
    expect(other.code).toBe('NOT_YOUR_CHALLENGE');
    const eventWide = await expectStatus<{ code: string }>(
      w.agency.agent.post(w.path('/criteria')).send({ key: 'a', name: 'A', weight: 1 }),
      403,
    );
    expect(eventWide.code).toBe('FORBIDDEN');
    const eventCriterion = await expectStatus<{ criterion: { id: string } }>(
      w.organizer.agent.post(w.path('/criteria')).send({ key: 'impact', name: 'Impact', weight: 1 }),
      201,
    );
    await expectStatus(w.agency.agent.delete(w.path(`/criteria/${eventCriterion.criterion.id}`)), 403);
    await expectStatus(w.participant.agent.post(own).send({ key: 'b', name: 'B', weight: 1 }), 403);
    await expectStatus(w.jurors[0]!.agent.post(own).send({ key: 'b', name: 'B', weight: 1 }), 403);
    await expectStatus(w.visitor.post(own).send({ key: 'b', name: 'B', weight: 1 }), 401);
    await expectStatus(w.agency.agent.delete(w.path(`/criteria/${created.criterion.id}`)), 200);
    expect((await criteriaOf(w.event.id)).map((c) => c.key)).toEqual(['impact']);
  });

  it('answers 404 for criteria, challenges and rounds that are unknown or of another event', async () => {
    const w = await judgingWorld(t);
    const otherOrganizer = await registerUser(t, 'Other organizer');
    const other = await createEvent(t, otherOrganizer);
    const foreign = await expectStatus<{ criterion: { id: string } }>(
      otherOrganizer.agent.post(`/api/events/${other.id}/criteria`).send({ key: 'x', name: 'X', weight: 1 }),
      201,
    );
    await expectStatus(w.organizer.agent.patch(w.path(`/criteria/${foreign.criterion.id}`)).send({ weight: 2 }), 404);
    await expectStatus(w.organizer.agent.delete(w.path(`/criteria/${MISSING}`)), 404);
    await expectStatus(w.organizer.agent.get(w.path(`/criteria?challengeId=${MISSING}`)), 404);
    await expectStatus(w.organizer.agent.get(w.path(`/criteria?roundId=${MISSING}`)), 404);
    const both = await expectStatus<{ fields: Record<string, string> }>(
      w.organizer.agent.get(w.path(`/criteria?roundId=${MISSING}&challengeId=${MISSING}`)),
      400,
    );
    expect(Object.keys(both.fields)).toEqual(['roundId']);
    await expectStatus(w.organizer.agent.patch(w.path('/criteria/not-an-id')).send({ weight: 2 }), 400);
    const stored = await db().getRepository(CriterionEntity).findOneByOrFail({ id: foreign.criterion.id });
    expect(stored.weight).toBe(1);
  });

  it('gives a round its own rubric, which replaces the event rubric for that round only', async () => {
    const w = await judgingWorld(t);
    await expectStatus(
      w.organizer.agent.post(w.path('/criteria')).send({ key: 'impact', name: 'Impact', weight: 1 }),
      201,
    );
    const final = await expectStatus<{ id: string; rubric: string }>(
      w.organizer.agent.post(w.path('/rounds')).send({ name: 'Final', kind: 'final' }),
      201,
    );
    expect(final.rubric).toBe('event');
    await expectStatus(
      w.organizer.agent.post(w.path(`/criteria?roundId=${final.id}`)).send({ key: 'pitch', name: 'Pitch', weight: 1 }),
      201,
    );
    const detail = await expectStatus<{ rubric: string; criteria: { key: string; scope: string; roundId: string }[] }>(
      w.organizer.agent.get(w.path(`/rounds/${final.id}`)),
      200,
    );
    expect(detail.rubric).toBe('round');
    expect(detail.criteria).toEqual([expect.objectContaining({ key: 'pitch', scope: 'round', roundId: final.id })]);
    const agency = await expectStatus<{ code: string }>(
      w.agency.agent.post(w.path(`/criteria?roundId=${final.id}`)).send({ key: 'x', name: 'X', weight: 1 }),
      403,
    );
    expect(agency.code).toBe('FORBIDDEN');
  });

  describe('once scoring has started', () => {
    async function scored() {
      const w = await judgingWorld(t, { challenges: 2, perChallenge: 2, jurors: 2 });
      const { heats } = await readyToScore(w, [
        { key: 'impact', weight: 2 },
        { key: 'design', weight: 1 },
      ]);
      t.clock.set(JUDGING);
      const heatA = heats.find((heat) => heat.challengeId === w.challenges[0]!.id)!;
      const [s1, s2] = w.submissions.filter((s) => s.challengeId === w.challenges[0]!.id);
      await expectStatus(score(w, w.jurors[0]!, heatA.id, s1!.id, { impact: 8, design: 6 }), 200);
      await expectStatus(score(w, w.jurors[1]!, heatA.id, s2!.id, { impact: 5, design: 9 }), 200);
      const criteria = await criteriaOf(w.event.id);
      const id = (key: string) => criteria.find((c) => c.key === key)!.id;
      return { w, heatA, id };
    }
    const scores = async (eventId: string) => {
      const rounds = await db().getRepository(RoundEntity).findBy({ eventId });
      return db()
        .getRepository(ScoreEntity)
        .find({ where: { roundId: In(rounds.map((round) => round.id)) }, order: { criterionKey: 'ASC' } });
    };

    it('refuses a change that moves a number with 409 RUBRIC_LOCKED and changes nothing', async () => {
      const { w, id } = await scored();
      const before = await criteriaOf(w.event.id);
      for (const change of [
        w.organizer.agent.patch(w.path(`/criteria/${id('impact')}`)).send({ weight: 3 }),
        w.organizer.agent.patch(w.path(`/criteria/${id('impact')}`)).send({ scaleMax: 5 }),
        w.organizer.agent.delete(w.path(`/criteria/${id('design')}`)),
        w.organizer.agent.post(w.path('/criteria')).send({ key: 'data', name: 'Data', weight: 1 }),
      ]) {
        const refused = await expectStatus<{ code: string }>(change, 409);
        expect(refused.code).toBe('RUBRIC_LOCKED');
      }
      expect(await criteriaOf(w.event.id)).toEqual(before);
      expect(await scores(w.event.id)).toHaveLength(4);
    });

    it('still takes a new name or description, which move no number', async () => {
      const { w, id } = await scored();
      const renamed = await expectStatus<{ criterion: { name: string }; deletedScores: number }>(
        w.organizer.agent.patch(w.path(`/criteria/${id('impact')}`)).send({ name: 'Nytta', description: 'För vem?' }),
        200,
      );
      expect(renamed).toMatchObject({ criterion: { name: 'Nytta' }, deletedScores: 0 });
    });

    it('changes weights with a confirmed re-score and keeps every value', async () => {
      const { w, heatA, id } = await scored();
      const changed = await expectStatus<{ deletedScores: number; criterion: { weight: number } }>(
        w.organizer.agent.patch(w.path(`/criteria/${id('impact')}`)).send({ weight: 3, confirmRescore: true }),
        200,
      );
      expect(changed).toMatchObject({ deletedScores: 0, criterion: { weight: 3 } });
      const board = await expectStatus<{ standings: { score: number | null }[] }>(
        w.organizer.agent.get(w.path(`/leaderboard?roundId=${heatA.id}`)),
        200,
      );
      // (3·8 + 6) / 4 = 7.5 and (3·5 + 9) / 4 = 6
      expect(board.standings.map((s) => s.score)).toEqual([7.5, 6]);
    });

    it("deletes the values a confirmed re-score makes meaningless: a new scale's and a deleted criterion's", async () => {
      const { w, id } = await scored();
      const rescaled = await expectStatus<{ deletedScores: number }>(
        w.organizer.agent.patch(w.path(`/criteria/${id('impact')}`)).send({ scaleMax: 5, confirmRescore: true }),
        200,
      );
      expect(rescaled.deletedScores).toBe(2);
      expect((await scores(w.event.id)).map((s) => s.criterionKey)).toEqual(['design', 'design']);
      const removed = await expectStatus<{ criterion: null; deletedScores: number }>(
        w.organizer.agent.delete(w.path(`/criteria/${id('design')}`)).send({ confirmRescore: true }),
        200,
      );
      expect(removed).toEqual({ criterion: null, deletedScores: 2 });
      expect(await scores(w.event.id)).toEqual([]);
      const log = await w.organizer.agent.get(w.path('/audit?limit=100')).expect(200);
      const rescores = log.body.items.filter((e: { details: { rescore?: boolean } }) => e.details.rescore === true);
      const summary = rescores.map((e: { action: string; details: { deletedScores: number } }) => [
        e.action,
        e.details.deletedScores,
      ]);
      expect(summary.sort()).toEqual([
        ['criterion.deleted', 2],
        ['criterion.updated', 2],
      ]);
    });

    it('lets only an organizer confirm a re-score', async () => {
      const { w } = await scored();
      const own = w.path(`/criteria?challengeId=${w.challenges[0]!.id}`);
      // Heat A has scores under the event rubric; a first own criterion would replace it there.
      const refused = await expectStatus<{ code: string }>(
        w.agency.agent.post(own).send({ key: 'reuse', name: 'Reuse', weight: 1, confirmRescore: true }),
        409,
      );
      expect(refused.code).toBe('RUBRIC_LOCKED');
      const rescored = await expectStatus<{ deletedScores: number }>(
        w.organizer.agent.post(own).send({ key: 'impact', name: 'Impact (own)', weight: 1, confirmRescore: true }),
        201,
      );
      // The heat now uses the challenge's rubric: impact stays (same scale), design is gone.
      expect(rescored.deletedScores).toBe(2);
      expect((await scores(w.event.id)).map((s) => s.criterionKey)).toEqual(['impact', 'impact']);
    });

    it('leaves a rubric that no scored round uses open', async () => {
      const { w } = await scored();
      // Challenge B's heat has no scores yet: its own rubric (new) changes freely.
      await expectStatus(
        w.organizer.agent
          .post(w.path(`/criteria?challengeId=${w.challenges[1]!.id}`))
          .send({ key: 'x', name: 'X', weight: 1 }),
        201,
      );
    });

    it('refuses every rubric change once the results are published', async () => {
      const { w, id } = await scored();
      t.clock.set(CLOSED);
      await expectStatus(w.organizer.agent.post(w.path('/leaderboard/publish')), 200);
      const refused = await expectStatus<{ code: string }>(
        w.organizer.agent.patch(w.path(`/criteria/${id('impact')}`)).send({ name: 'Later' }),
        409,
      );
      expect(refused.code).toBe('RESULTS_PUBLISHED');
    });
  });
});
