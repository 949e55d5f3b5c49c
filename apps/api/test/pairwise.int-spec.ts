import type { PairwisePairDto } from '@hackboard/contracts';
import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import request from 'supertest';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity.js';
import { createApp } from '../src/create-app.js';
import { EventEntity } from '../src/events/event.entity.js';
import { ConflictEntity } from '../src/judging/conflict.entity.js';
import { RoundEntryEntity } from '../src/judging/round-entry.entity.js';
import { RoundEntity } from '../src/judging/round.entity.js';
import { PairwiseVoteEntity } from '../src/pairwise/pairwise-vote.entity.js';
import { type ModelItem, RoundModel } from '../src/pairwise/round-model.js';
import { RoundModels } from '../src/pairwise/round-models.js';
import { grantRole, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';
import { keyOf, pairwiseFixtures } from './support/pairwise-world.js';

const HACKING = '2026-05-20T10:00:00Z';
const JUDGING = '2026-05-22T10:00:00Z';
const CLOSED = '2026-05-24T10:00:00Z';
const MISSING = '00000000-0000-4000-8000-000000000000';

describe.each(drivers())('pairwise judging on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(JUDGING));
  const { db, project, juror, world, base, next, vote, judgeAll, storedRecords } = pairwiseFixtures(() => t);

  it('refuses a juror who is not on the round’s panel, and anyone who is not a juror', async () => {
    const w = await world();
    const outsider = await juror(w.event, null, 'Outsider');
    const refused = await outsider.agent.get(`${base(w.event, w.round.id)}/next`).expect(403);
    expect(refused.body.code).toBe('NOT_ON_PANEL');
    await outsider.agent
      .post(`${base(w.event, w.round.id)}/votes`)
      .send({ winnerId: w.projects[0]!.id, loserId: w.projects[1]!.id })
      .expect(403);
    const participant = await registerUser(t, 'Participant');
    await grantRole(t, w.event.id, participant, 'participant');
    expect((await participant.agent.get(`${base(w.event, w.round.id)}/next`).expect(403)).body.code).toBe('FORBIDDEN');
    await request(t.http)
      .get(`${base(w.event, w.round.id)}/next`)
      .expect(401);
    expect(await storedRecords(w.round.id)).toEqual([]);
  });

  it('never offers a project the juror has a conflict with, nor a draft, and no pair twice until every pair is judged', async () => {
    const w = await world({ titles: ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo'] });
    const [judge] = w.jurors;
    const conflicted = w.projects[2]!;
    await db()
      .getRepository(ConflictEntity)
      .save({ eventId: w.event.id, jurorId: judge!.id, submissionId: conflicted.id, reason: 'My cousin' });
    const draft = await project(w.event, w.challenge.id, 'Unfinished', 'draft');
    await db().getRepository(RoundEntryEntity).save({ roundId: w.round.id, submissionId: draft.id });

    const order = w.projects.map((p) => p.id);
    const seen = await judgeAll(judge!, w.event, w.round.id, order);
    // Four projects the juror may see make six pairs, each offered once, then nothing is left.
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    for (const key of seen) {
      expect(key).not.toContain(conflicted.id);
      expect(key).not.toContain(draft.id);
    }
    await w.jurors[0]!.agent.get(`${base(w.event, w.round.id)}/next`).expect(204);

    // Naming the conflicted project outright is refused too.
    const refused = await judge!.agent
      .post(`${base(w.event, w.round.id)}/votes`)
      .send({ winnerId: conflicted.id, loserId: w.projects[0]!.id })
      .expect(403);
    expect(refused.body).toMatchObject({ code: 'CONFLICT_OF_INTEREST', fields: { winnerId: expect.any(String) } });
    expect(await storedRecords(w.round.id)).toHaveLength(6);
  });

  it('offers a juror the same pair until they judge it, and holds the vote to that pair', async () => {
    const w = await world();
    const [judge] = w.jurors;
    const votes = `${base(w.event, w.round.id)}/votes`;

    const notAsked = await judge!.agent
      .post(votes)
      .send({ winnerId: w.projects[0]!.id, loserId: w.projects[1]!.id })
      .expect(409);
    expect(notAsked.body.code).toBe('PAIR_NOT_OFFERED');

    const pair = (await next(judge!, w.event, w.round.id))!;
    expect(await next(judge!, w.event, w.round.id)).toEqual(pair);
    expect(pair.judged).toBe(0);
    expect(pair.a).toMatchObject({
      title: expect.any(String),
      teamName: expect.any(String),
      challenge: { id: w.challenge.id },
    });
    const other = w.projects.find((p) => p.id !== pair.a.id && p.id !== pair.b.id)!;
    const wrong = await judge!.agent.post(votes).send({ winnerId: pair.a.id, loserId: other.id }).expect(409);
    expect(wrong.body.code).toBe('PAIR_NOT_OFFERED');

    const bad = await judge!.agent.post(votes).send({ winnerId: pair.a.id, loserId: pair.a.id, extra: 1 }).expect(400);
    expect(bad.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { loserId: expect.any(String), extra: 'is not a known field' },
    });
    const notUuid = await judge!.agent.post(votes).send({ winnerId: 'x' }).expect(400);
    expect(notUuid.body.fields).toMatchObject({ winnerId: 'must be an id (UUID)', loserId: 'is required' });
    const unknown = await judge!.agent.post(votes).send({ winnerId: pair.a.id, loserId: MISSING }).expect(404);
    expect(unknown.body).toMatchObject({ code: 'SUBMISSION_NOT_FOUND', fields: { loserId: expect.any(String) } });
    expect(await storedRecords(w.round.id)).toEqual([]);

    // Either order names the same pair; once judged it is not offered again.
    const recorded = await vote(judge!, w.event, w.round.id, pair.b.id, pair.a.id);
    expect(recorded).toMatchObject({ kind: 'vote', winnerId: pair.b.id, loserId: pair.a.id, sequence: 1 });
    const again = await judge!.agent.post(votes).send({ winnerId: pair.b.id, loserId: pair.a.id }).expect(409);
    expect(again.body.code).toBe('PAIR_NOT_OFFERED');
    const following = (await next(judge!, w.event, w.round.id))!;
    expect(keyOf(following.a.id, following.b.id)).not.toBe(keyOf(pair.a.id, pair.b.id));
    expect(following.judged).toBe(1);
    // A skip is not a judged pair; another juror's votes are theirs.
    await judge!.agent
      .post(`${base(w.event, w.round.id)}/skip`)
      .send({ submissionId: following.a.id })
      .expect(201);
    expect((await next(judge!, w.event, w.round.id))!.judged).toBe(1);
    expect((await next(w.jurors[1]!, w.event, w.round.id))!.judged).toBe(0);

    const audit = await db()
      .getRepository(AuditEntryEntity)
      .find({ where: { eventId: w.event.id, action: 'pairwise.voted' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: judge!.id, targetId: w.round.id });
  });

  it('ranks the projects in the order that consistent votes give', async () => {
    const w = await world({ jurors: 3 });
    // The intended order: Charlie, Alfa, Delta, Bravo.
    const [alfa, bravo, charlie, delta] = w.projects;
    const order = [charlie!.id, alfa!.id, delta!.id, bravo!.id];
    const before = await w.organizer.agent.get(`${base(w.event, w.round.id)}/leaderboard`).expect(200);
    expect(before.body.standings.every((s: { rank: number | null }) => s.rank === null)).toBe(true);

    for (const judge of w.jurors) await judgeAll(judge, w.event, w.round.id, order);

    const board = await request(t.http)
      .get(`${base(w.event, w.round.id)}/leaderboard`)
      .expect(200);
    expect(board.body).toMatchObject({ roundId: w.round.id, roundName: 'Final', method: 'crowd-bt', votes: 18 });
    expect(board.body.standings.map((s: { submissionId: string }) => s.submissionId)).toEqual(order);
    expect(board.body.standings.map((s: { rank: number }) => s.rank)).toEqual([1, 2, 3, 4]);
    for (const standing of board.body.standings) {
      expect(standing).toMatchObject({
        comparisons: 9,
        title: expect.any(String),
        teamName: expect.stringContaining('Team'),
      });
      expect(standing.sigma).toBeGreaterThan(0);
      expect(standing.sigma).toBeLessThan(1);
    }
    const mus = board.body.standings.map((s: { mu: number }) => s.mu);
    expect([...mus].sort((a, b) => b - a)).toEqual(mus);
  });

  it('records a skip and holds the skipped project back from that juror', async () => {
    const w = await world({ titles: ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo'] });
    const [judge] = w.jurors;
    const pair = (await next(judge!, w.event, w.round.id))!;
    const notOffered = w.projects.find((p) => p.id !== pair.a.id && p.id !== pair.b.id)!;
    const refused = await judge!.agent
      .post(`${base(w.event, w.round.id)}/skip`)
      .send({ submissionId: notOffered.id })
      .expect(409);
    expect(refused.body.code).toBe('PAIR_NOT_OFFERED');

    const skipped = await judge!.agent
      .post(`${base(w.event, w.round.id)}/skip`)
      .send({ submissionId: pair.a.id })
      .expect(201);
    expect(skipped.body).toMatchObject({
      kind: 'skip',
      skippedId: pair.a.id,
      winnerId: null,
      loserId: null,
      sequence: 1,
    });
    expect(await storedRecords(w.round.id)).toMatchObject([{ jurorId: judge!.id, skippedId: pair.a.id, sequence: 1 }]);

    const following = (await next(judge!, w.event, w.round.id))!;
    expect([following.a.id, following.b.id]).not.toContain(pair.a.id);
    const jurors = await w.organizer.agent.get(`${base(w.event, w.round.id)}/jurors`).expect(200);
    expect(jurors.body.find((j: { jurorId: string }) => j.jurorId === judge!.id)).toMatchObject({ votes: 0, skips: 1 });
  });

  it('rebuilds the same board by replaying the stored sequence, and catches up on votes taken elsewhere', async () => {
    const w = await world({ jurors: 2 });
    const order = w.projects.map((p) => p.id).reverse();
    await judgeAll(w.jurors[0]!, w.event, w.round.id, order);
    const pair = (await next(w.jurors[1]!, w.event, w.round.id))!;
    await vote(w.jurors[1]!, w.event, w.round.id, pair.a.id, pair.b.id);
    await w.jurors[1]!.agent.post(`${base(w.event, w.round.id)}/skip`)
      .send({ submissionId: (await next(w.jurors[1]!, w.event, w.round.id))!.a.id })
      .expect(201);

    const boardUrl = `${base(w.event, w.round.id)}/leaderboard`;
    const jurorsUrl = `${base(w.event, w.round.id)}/jurors`;
    const live = await w.organizer.agent.get(boardUrl).expect(200);
    const liveJurors = await w.organizer.agent.get(jurorsUrl).expect(200);
    t.app.get(RoundModels).forget();
    const replayed = await w.organizer.agent.get(boardUrl).expect(200);
    expect(replayed.body).toEqual(live.body);
    expect((await w.organizer.agent.get(jurorsUrl).expect(200)).body).toEqual(liveJurors.body);

    // Another instance stores the next vote: this one applies it on its next read.
    const records = await storedRecords(w.round.id);
    expect(records.map((r) => r.sequence)).toEqual(records.map((_, i) => i + 1));
    await db()
      .getRepository(PairwiseVoteEntity)
      .save({
        roundId: w.round.id,
        jurorId: w.jurors[1]!.id,
        winnerId: order[3]!,
        loserId: order[0]!,
        skippedId: null,
        sequence: records.length + 1,
      });
    const caughtUp = await w.organizer.agent.get(boardUrl).expect(200);
    expect(caughtUp.body.votes).toBe(live.body.votes + 1);
    t.app.get(RoundModels).forget();
    expect((await w.organizer.agent.get(boardUrl).expect(200)).body).toEqual(caughtUp.body);
  });

  it('lets jurors compare only during the judging phase', async () => {
    const w = await world();
    const [judge] = w.jurors;
    for (const now of [HACKING, CLOSED]) {
      t.clock.set(now);
      const early = await judge!.agent.get(`${base(w.event, w.round.id)}/next`).expect(409);
      expect(early.body.code).toBe('NOT_JUDGING_PHASE');
      const voted = await judge!.agent
        .post(`${base(w.event, w.round.id)}/votes`)
        .send({ winnerId: w.projects[0]!.id, loserId: w.projects[1]!.id })
        .expect(409);
      expect(voted.body.code).toBe('NOT_JUDGING_PHASE');
    }
    await db()
      .getRepository(RoundEntity)
      .update({ id: w.round.id }, { lockedAt: new Date('2026-05-22T09:00:00Z') });
    t.clock.set(JUDGING);
    expect((await judge!.agent.get(`${base(w.event, w.round.id)}/next`).expect(409)).body.code).toBe('ROUND_LOCKED');
    expect(await storedRecords(w.round.id)).toEqual([]);
  });

  it('refuses pairwise judging in an event judged with the rubric', async () => {
    const w = await world({ event: { judgingMode: 'rubric' } });
    const [judge] = w.jurors;
    expect((await judge!.agent.get(`${base(w.event, w.round.id)}/next`).expect(409)).body.code).toBe('NOT_PAIRWISE');
    await judge!.agent
      .post(`${base(w.event, w.round.id)}/votes`)
      .send({ winnerId: w.projects[0]!.id, loserId: w.projects[1]!.id })
      .expect(409);
    await w.organizer.agent.get(`${base(w.event, w.round.id)}/leaderboard`).expect(409);
  });

  it('answers 404 for a round of another event and for a project of another round', async () => {
    const w = await world();
    const other = await world();
    const [judge] = w.jurors;
    const foreign = await judge!.agent.get(`${base(w.event, other.round.id)}/next`).expect(404);
    expect(foreign.body.code).toBe('ROUND_NOT_FOUND');
    await judge!.agent.get(`${base(w.event, MISSING)}/next`).expect(404);
    await w.organizer.agent.get(`${base(w.event, other.round.id)}/leaderboard`).expect(404);
    const bad = await judge!.agent.get(`${base(w.event, 'not-a-round')}/next`).expect(400);
    expect(bad.body.fields).toEqual({ roundId: 'must be a UUID' });

    await next(judge!, w.event, w.round.id);
    const elsewhere = await judge!.agent
      .post(`${base(w.event, w.round.id)}/skip`)
      .send({ submissionId: other.projects[0]!.id })
      .expect(404);
    expect(elsewhere.body).toMatchObject({
      code: 'SUBMISSION_NOT_FOUND',
      fields: { submissionId: expect.any(String) },
    });
  });

  it('hides the board from all but organizers until publication when the event says so', async () => {
    const w = await world({ event: { leaderboardVisibility: 'organizers-until-published' } });
    const url = `${base(w.event, w.round.id)}/leaderboard`;
    const hidden = await w.jurors[0]!.agent.get(url).expect(403);
    expect(hidden.body.code).toBe('LEADERBOARD_HIDDEN');
    await request(t.http).get(url).expect(403);
    expect((await w.organizer.agent.get(url).expect(200)).body.snapshot).toBeNull();
  });

  it('shows the public the board stored at the freeze, and the board stored at publication for good', async () => {
    const w = await world({
      titles: ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo'],
      event: { leaderboardVisibility: 'frozen' },
    });
    const url = `${base(w.event, w.round.id)}/leaderboard`;
    const [first, second] = w.jurors;
    for (let i = 0; i < 2; i++) {
      const pair = (await next(first!, w.event, w.round.id))!;
      await vote(first!, w.event, w.round.id, pair.a.id, pair.b.id);
    }
    const beforeFreeze = await request(t.http).get(url).expect(200);
    expect(beforeFreeze.body).toMatchObject({ snapshot: null, votes: 2 });

    await w.organizer.agent.post(`/api/events/${w.event.id}/leaderboard/freeze`).expect(200);
    for (let i = 0; i < 3; i++) {
      const pair = (await next(second!, w.event, w.round.id))!;
      await vote(second!, w.event, w.round.id, pair.b.id, pair.a.id);
    }
    for (const agent of [request(t.http), first!.agent]) {
      expect((await agent.get(url).expect(200)).body).toEqual({ ...beforeFreeze.body, snapshot: 'frozen' });
    }
    const live = await w.organizer.agent.get(url).expect(200);
    expect(live.body).toMatchObject({ snapshot: null, votes: 5 });
    // A round added after the freeze was not part of it.
    const later = await db()
      .getRepository(RoundEntity)
      .save({ eventId: w.event.id, name: 'Late heat', kind: 'heat', challengeId: w.challenge.id });
    const missing = await request(t.http)
      .get(`${base(w.event, later.id)}/leaderboard`)
      .expect(404);
    expect(missing.body.code).toBe('LEADERBOARD_NOT_FOUND');

    t.clock.set(CLOSED);
    await w.organizer.agent.post(`/api/events/${w.event.id}/leaderboard/publish`).expect(200);
    const published = await request(t.http).get(url).expect(200);
    expect(published.body).toEqual({ ...live.body, snapshot: 'published' });
    // A vote that reaches the store afterwards (another instance) moves only the organizers' live board.
    await db()
      .getRepository(PairwiseVoteEntity)
      .save({
        roundId: w.round.id,
        jurorId: first!.id,
        winnerId: w.projects[4]!.id,
        loserId: w.projects[0]!.id,
        skippedId: null,
        sequence: (await storedRecords(w.round.id)).length + 1,
      });
    expect((await w.organizer.agent.get(url).expect(200)).body.votes).toBe(6);
    expect((await request(t.http).get(url).expect(200)).body).toEqual(published.body);
  });

  it('raises the event’s leaderboard version with each vote, and not with a skip', async () => {
    const w = await world({ titles: ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo'] });
    const [judge] = w.jurors;
    const version = async () =>
      (await db().getRepository(EventEntity).findOneByOrFail({ id: w.event.id })).leaderboardVersion;
    const start = await version();
    const pair = (await next(judge!, w.event, w.round.id))!;
    await vote(judge!, w.event, w.round.id, pair.a.id, pair.b.id);
    expect(await version()).toBe(start + 1);
    const following = (await next(judge!, w.event, w.round.id))!;
    await judge!.agent
      .post(`${base(w.event, w.round.id)}/skip`)
      .send({ submissionId: following.a.id })
      .expect(201);
    expect(await version()).toBe(start + 1);
    // The event board carries the version the live layer pushes.
    const board = await w.organizer.agent.get(`/api/events/${w.event.id}/leaderboard`).expect(200);
    expect(board.body.version).toBe(start + 1);
  });

  it('shows organizers each juror’s votes and estimated reliability', async () => {
    const w = await world({ jurors: 2 });
    const order = w.projects.map((p) => p.id);
    await judgeAll(w.jurors[0]!, w.event, w.round.id, order);
    const jurors = await w.organizer.agent.get(`${base(w.event, w.round.id)}/jurors`).expect(200);
    expect(jurors.body).toHaveLength(2);
    const [first, second] = [w.jurors[0]!, w.jurors[1]!].map((j) =>
      jurors.body.find((row: { jurorId: string }) => row.jurorId === j.id),
    );
    expect(first).toMatchObject({ onPanel: true, votes: 6, skips: 0, displayName: expect.stringContaining('Juror') });
    expect(first.alpha).toBeGreaterThan(0);
    expect(first.reliability).toBeCloseTo(first.alpha / (first.alpha + first.beta), 12);
    expect(second).toMatchObject({ onPanel: true, votes: 0, alpha: 10, beta: 1 });
    await w.jurors[0]!.agent.get(`${base(w.event, w.round.id)}/jurors`).expect(403);
  });
});

(process.env['TEST_DATABASE_URL'] ? describe : describe.skip)('pairwise judging under concurrency on postgres', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp('postgres')));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(JUDGING));
  const { world, base, next, storedRecords } = pairwiseFixtures(() => t);

  it('numbers ten concurrent votes by ten jurors 1 to 10, and the model equals a replay', async () => {
    const w = await world({ titles: ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'], jurors: 10 });
    const pairs = await Promise.all(w.jurors.map((judge) => next(judge, w.event, w.round.id)));
    const responses = await Promise.all(
      w.jurors.map((judge, i) =>
        judge.agent
          .post(`${base(w.event, w.round.id)}/votes`)
          .send({ winnerId: pairs[i]!.a.id, loserId: pairs[i]!.b.id }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const records = await storedRecords(w.round.id);
    expect(records.map((r) => r.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(records.map((r) => r.jurorId)).size).toBe(10);

    const items: ModelItem[] = w.projects.map((p) => ({
      id: p.id,
      challengeId: p.challengeId,
      submittedAt: p.submittedAt!.getTime(),
    }));
    const live = await t.app.get(RoundModels).current(w.round.id, items);
    const replay = new RoundModel(w.round.id);
    replay.addItems(items);
    for (const record of records) replay.apply(record);
    expect(live.state()).toEqual(replay.state());
    expect(live.applied).toBe(10);
  });
});

const sharedOffers = process.env['TEST_DATABASE_URL'] && process.env['TEST_REDIS_URL'] ? describe : describe.skip;
sharedOffers('pairwise offers shared by two instances through Redis', () => {
  let t: TestApp;
  let second: INestApplication;
  beforeAll(async () => {
    t = await startTestApp('postgres', { REDIS_URL: process.env['TEST_REDIS_URL']! });
    second = await createApp(t.config, { clock: t.clock });
    await second.init();
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });
  beforeEach(() => t.clock.set(JUDGING));
  const { world, base, next, vote, storedRecords } = pairwiseFixtures(() => t);

  it('holds a vote on one instance to the pair offered by the other', async () => {
    const w = await world();
    const [judge] = w.jurors;
    const elsewhere = request.agent(second.getHttpServer() as Server);
    await elsewhere.post('/api/auth/login').send({ email: judge!.email, password: judge!.password }).expect(200);

    const first = (await next(judge!, w.event, w.round.id))!;
    const other = w.projects.find((p) => p.id !== first.a.id && p.id !== first.b.id)!;
    const votes = `${base(w.event, w.round.id)}/votes`;
    const wrong = await elsewhere.post(votes).send({ winnerId: first.a.id, loserId: other.id }).expect(409);
    expect(wrong.body.code).toBe('PAIR_NOT_OFFERED');
    await elsewhere.post(votes).send({ winnerId: first.a.id, loserId: first.b.id }).expect(201);

    const offeredThere = (await elsewhere.get(`${base(w.event, w.round.id)}/next`).expect(200)).body as PairwisePairDto;
    expect(await next(judge!, w.event, w.round.id)).toEqual(offeredThere);
    await vote(judge!, w.event, w.round.id, offeredThere.b.id, offeredThere.a.id);
    expect((await storedRecords(w.round.id)).map((r) => r.sequence)).toEqual([1, 2]);

    // Both instances show the same board: each applies what the other stored.
    const here = await w.organizer.agent.get(`${base(w.event, w.round.id)}/leaderboard`).expect(200);
    const organizerThere = request.agent(second.getHttpServer() as Server);
    await organizerThere
      .post('/api/auth/login')
      .send({ email: w.organizer.email, password: w.organizer.password })
      .expect(200);
    const there = await organizerThere.get(`${base(w.event, w.round.id)}/leaderboard`).expect(200);
    expect(there.body).toEqual(here.body);
    expect(here.body.votes).toBe(2);
  });
});
