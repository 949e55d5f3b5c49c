import type { PairwiseJurorDto, PairwiseLeaderboardDto } from '@hackboard/contracts';
import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import request from 'supertest';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity.js';
import { createApp } from '../src/create-app.js';
import { EventEntity } from '../src/events/event.entity.js';
import { RoundEntity } from '../src/judging/round.entity.js';
import { PairwiseExclusionEntity } from '../src/pairwise/pairwise-exclusion.entity.js';
import { RoundModels } from '../src/pairwise/round-models.js';
import { grantRole, registerUser } from './support/actors.js';
import { pairwiseFixtures } from './support/pairwise-world.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const JUDGING = '2026-05-22T10:00:00Z';
const MISSING = '00000000-0000-4000-8000-000000000000';

describe.each(drivers())('excluding a pairwise juror on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(JUDGING));
  const { db, world, base, judgeAll } = pairwiseFixtures(() => t);

  /** Three jurors agree on the order of six projects; the fourth reverses every pair they are offered. */
  async function judgedRound() {
    const w = await world({ titles: ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'], jurors: 4 });
    const order = w.projects.map((project) => project.id);
    const [good1, good2, good3, bad] = w.jurors;
    for (const judge of [good1!, good2!, good3!]) await judgeAll(judge, w.event, w.round.id, order);
    await judgeAll(bad!, w.event, w.round.id, [...order].reverse());
    const jurors = () => w.organizer.agent.get(`${base(w.event, w.round.id)}/jurors`).expect(200);
    const board = async () =>
      (await w.organizer.agent.get(`${base(w.event, w.round.id)}/leaderboard`).expect(200))
        .body as PairwiseLeaderboardDto;
    const exclusion = `${base(w.event, w.round.id)}/jurors/${bad!.id}/exclusion`;
    const version = async () =>
      (await db().getRepository(EventEntity).findOneByOrFail({ id: w.event.id })).leaderboardVersion;
    return { ...w, bad: bad!, good: good1!, order, jurors, board, exclusion, version };
  }

  const find = (rows: PairwiseJurorDto[], id: string) => rows.find((row) => row.jurorId === id)!;

  it('shows organizers each juror’s reliability with its uncertainty, and flags the one voting against clear pairs', async () => {
    const w = await judgedRound();
    const rows = (await w.jurors()).body as PairwiseJurorDto[];
    const bad = find(rows, w.bad.id);
    expect(bad).toMatchObject({
      votes: 15,
      excluded: false,
      flagReasons: expect.arrayContaining(['against-consensus']),
    });
    expect(bad.againstConsensus).toBeGreaterThanOrEqual(3);
    expect(bad.againstConsensus).toBeGreaterThan(bad.expectedAgainst);
    expect(bad.clearPairs).toBeGreaterThanOrEqual(bad.againstConsensus);
    expect(bad.reliabilitySd).toBeGreaterThan(0);
    const good = find(rows, w.good.id);
    expect(good).toMatchObject({ votes: 15, excluded: false, flagReasons: [], againstConsensus: 0 });
    expect(good.reliability).toBeGreaterThan(bad.reliability);
  });

  it('lets an organizer take a juror’s votes out of the board, audited and pushed, and count them again', async () => {
    const w = await judgedRound();
    const before = await w.board();
    const start = await w.version();

    const excluded = await w.organizer.agent.put(w.exclusion).expect(200);
    expect(excluded.body).toMatchObject({ jurorId: w.bad.id, excluded: true, votes: 15 });
    expect(excluded.body.flagReasons).toContain('against-consensus');
    expect(await w.version()).toBe(start + 1);
    const without = await w.board();
    expect(without.votes).toBe(before.votes - 15);
    expect(without.standings.map((s) => s.submissionId)).toEqual(w.order);
    expect(without.standings.map((s) => s.mu)).not.toEqual(before.standings.map((s) => s.mu));
    // The event board carries the raised version, which the live layer pushes.
    const eventBoard = await w.organizer.agent.get(`/api/events/${w.event.id}/leaderboard`).expect(200);
    expect(eventBoard.body.version).toBe(start + 1);

    // Asking again changes nothing.
    await w.organizer.agent.put(w.exclusion).expect(200);
    expect(await w.version()).toBe(start + 1);
    expect(await db().getRepository(PairwiseExclusionEntity).countBy({ roundId: w.round.id })).toBe(1);

    // A rebuilt model (another instance, a restart) leaves the juror out as well.
    t.app.get(RoundModels).forget(w.round.id);
    expect(await w.board()).toEqual(without);

    // A minute later, so the audit trail's order does not rest on a tie of the fixed clock.
    t.clock.set(new Date(Date.parse(JUDGING) + 60_000).toISOString());
    const included = await w.organizer.agent.delete(w.exclusion).expect(200);
    expect(included.body).toMatchObject({ jurorId: w.bad.id, excluded: false });
    expect(await w.version()).toBe(start + 2);
    const again = await w.board();
    expect(again.votes).toBe(before.votes);
    again.standings.forEach((standing, i) => expect(standing.mu).toBeCloseTo(before.standings[i]!.mu, 12));

    const audit = await db()
      .getRepository(AuditEntryEntity)
      .find({ where: { eventId: w.event.id, targetId: w.round.id }, order: { createdAt: 'ASC' } });
    const changes = audit.filter((entry) => entry.action.startsWith('pairwise.juror-'));
    expect(changes.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['pairwise.juror-excluded', w.organizer.id],
      ['pairwise.juror-included', w.organizer.id],
    ]);
    expect(changes[0]!.details).toMatchObject({ jurorId: w.bad.id });
  });

  it('refuses exclusion to jurors, participants and anonymous callers, and changes nothing', async () => {
    const w = await judgedRound();
    const start = await w.version();
    const refused = await w.good.agent.put(w.exclusion).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    await w.bad.agent.delete(w.exclusion).expect(403);
    const participant = await registerUser(t, 'Participant');
    await grantRole(t, w.event.id, participant, 'participant');
    await participant.agent.put(w.exclusion).expect(403);
    await request(t.http).put(w.exclusion).expect(401);
    expect(await db().getRepository(PairwiseExclusionEntity).countBy({ roundId: w.round.id })).toBe(0);
    expect(await w.version()).toBe(start);
  });

  it('answers 404 for someone who is not a juror of the round, and 409 once the round is locked', async () => {
    const w = await judgedRound();
    const missing = await w.organizer.agent.put(`${base(w.event, w.round.id)}/jurors/${MISSING}/exclusion`).expect(404);
    expect(missing.body.code).toBe('JUROR_NOT_FOUND');
    await db()
      .getRepository(RoundEntity)
      .update({ id: w.round.id }, { lockedAt: new Date(JUDGING) });
    const locked = await w.organizer.agent.put(w.exclusion).expect(409);
    expect(locked.body.code).toBe('ROUND_LOCKED');
    expect(await db().getRepository(PairwiseExclusionEntity).countBy({ roundId: w.round.id })).toBe(0);
  });
});

(process.env['TEST_DATABASE_URL'] && process.env['TEST_REDIS_URL'] ? describe : describe.skip)(
  'excluding a pairwise juror with two API instances on postgres',
  () => {
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
    const { world, base, judgeAll } = pairwiseFixtures(() => t);

    it('shows the board without the excluded juror on the instance that did not take the exclusion', async () => {
      const w = await world({ titles: ['Alfa', 'Bravo', 'Charlie', 'Delta'], jurors: 2 });
      const order = w.projects.map((project) => project.id);
      await judgeAll(w.jurors[0]!, w.event, w.round.id, order);
      await judgeAll(w.jurors[1]!, w.event, w.round.id, [...order].reverse());
      const there = request.agent(second.getHttpServer() as Server);
      await there
        .post('/api/auth/login')
        .send({ email: w.organizer.email, password: w.organizer.password })
        .expect(200);
      const board = `${base(w.event, w.round.id)}/leaderboard`;
      // The other instance builds its model with both jurors' votes.
      expect((await there.get(board).expect(200)).body.votes).toBe(12);

      await w.organizer.agent.put(`${base(w.event, w.round.id)}/jurors/${w.jurors[1]!.id}/exclusion`).expect(200);
      const here = (await w.organizer.agent.get(board).expect(200)).body as PairwiseLeaderboardDto;
      expect(here.votes).toBe(6);
      expect((await there.get(board).expect(200)).body).toEqual(here);
    });
  },
);
