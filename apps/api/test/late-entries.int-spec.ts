import type { LeaderboardDto } from '@hackboard/contracts';
import { DataSource } from 'typeorm';
import { RoundEntryEntity } from '../src/judging/round-entry.entity.js';
import {
  HACKING,
  JUDGING,
  auditActions,
  expectStatus,
  judgingWorld,
  readyToScore,
  score,
} from './support/judging-world.js';
import { type TestUser, grantRole, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

/**
 * A project handed in after its challenge's heat was set up: it once reached the gallery but no
 * round, no assignment list and no results. It now joins the open heats of its challenge.
 */
describe.each(drivers())('late entries on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(HACKING));

  const db = () => t.app.get(DataSource);
  const entryIds = async (roundId: string) =>
    (await db().getRepository(RoundEntryEntity).findBy({ roundId })).map((e) => e.submissionId).sort();

  it('judges a project submitted during Hacking after the heat was set up', async () => {
    const w = await judgingWorld(t, { challenges: 2, perChallenge: 2, jurors: 1 });
    const { heats } = await readyToScore(w);
    const heatA = heats.find((h) => h.challengeId === w.challenges[0]!.id)!;
    const heatB = heats.find((h) => h.challengeId === w.challenges[1]!.id)!;

    const team = await expectStatus<{ id: string }>(
      w.participant.agent.post(w.path('/teams')).send({ name: 'Sent i kväll' }),
      201,
    );
    expect(team.id).toBeTruthy();
    const draft = await expectStatus<{ id: string; version: number }>(
      w.participant.agent.post(w.path('/submissions')).send({
        challengeId: w.challenges[0]!.id,
        title: 'Late project',
        summary: 'Handed in after the heat was set up',
      }),
      201,
    );
    // A draft is not judged.
    expect(await entryIds(heatA.id)).not.toContain(draft.id);
    const submitted = await expectStatus<{ version: number }>(
      w.participant.agent.post(w.path(`/submissions/${draft.id}/submit`)).send({ version: draft.version }),
      200,
    );

    // In the heat of its challenge, and only there.
    expect(await entryIds(heatA.id)).toContain(draft.id);
    expect(await entryIds(heatB.id)).not.toContain(draft.id);
    expect(await auditActions(t, w.event.id)).toContain('round.entry-joined');

    // In the assignment list once the organizer assigns again.
    await expectStatus(
      w.organizer.agent.post(w.path(`/rounds/${heatA.id}/assignments/auto`)).send({ reviewsPerSubmission: 1 }),
      200,
    );
    const assignments = await expectStatus<{ submissionId: string; jurorId: string }[]>(
      w.organizer.agent.get(w.path(`/rounds/${heatA.id}/assignments`)),
      200,
    );
    expect(assignments.map((a) => a.submissionId)).toContain(draft.id);

    // And in the results once scored.
    t.clock.set(JUDGING);
    await expectStatus(score(w, w.jurors[0]!, heatA.id, draft.id, { impact: 8, design: 6 }), 200);
    const board = await expectStatus<LeaderboardDto>(w.organizer.agent.get(w.path('/leaderboard')), 200);
    expect(board.standings.map((s) => s.submissionId)).toContain(draft.id);

    expect(submitted.version).toBeGreaterThan(draft.version);
  });

  it('leaves an untouched heat when a project is withdrawn before anyone scored', async () => {
    const w = await judgingWorld(t, { challenges: 1, perChallenge: 1, jurors: 1 });
    const { heats } = await readyToScore(w);
    const heat = heats[0]!;
    await expectStatus(w.participant.agent.post(w.path('/teams')).send({ name: 'Ångrar oss' }), 201);
    const draft = await expectStatus<{ id: string; version: number }>(
      w.participant.agent.post(w.path('/submissions')).send({ challengeId: w.challenges[0]!.id, title: 'Maybe' }),
      201,
    );
    const submitted = await expectStatus<{ version: number }>(
      w.participant.agent.post(w.path(`/submissions/${draft.id}/submit`)).send({ version: draft.version }),
      200,
    );
    expect(await entryIds(heat.id)).toContain(draft.id);
    await expectStatus(
      w.participant.agent.post(w.path(`/submissions/${draft.id}/withdraw`)).send({ version: submitted.version }),
      200,
    );
    expect(await entryIds(heat.id)).not.toContain(draft.id);
    expect(await auditActions(t, w.event.id)).toContain('round.entry-left');
  });

  it('takes many teams handing in at the same moment, heat or no heat', async () => {
    const w = await judgingWorld(t, { challenges: 1, perChallenge: 1, jurors: 1 });
    const drafts: { user: TestUser; id: string; version: number }[] = [];
    for (let i = 0; i < 8; i++) {
      const user = await registerUser(t, 'Captain');
      await grantRole(t, w.event.id, user, 'participant');
      await expectStatus(user.agent.post(w.path('/teams')).send({ name: `Team at once ${i}` }), 201);
      const draft = await expectStatus<{ id: string; version: number }>(
        user.agent.post(w.path('/submissions')).send({ challengeId: w.challenges[0]!.id, title: `At once ${i}` }),
        201,
      );
      drafts.push({ user, ...draft });
    }
    const submit = (d: (typeof drafts)[number]) =>
      d.user.agent.post(w.path(`/submissions/${d.id}/submit`)).send({ version: d.version });
    // Without a heat, then (taken back and handed in again) with one.
    expect((await Promise.all(drafts.map(submit))).map((r) => r.status)).toEqual(Array(8).fill(200));
    const { heats } = await readyToScore(w);
    const withdrawn = await Promise.all(
      drafts.map(async (d) => ({
        ...d,
        version: (
          await expectStatus<{ version: number }>(
            d.user.agent.post(w.path(`/submissions/${d.id}/withdraw`)).send({ version: d.version + 1 }),
            200,
          )
        ).version,
      })),
    );
    expect((await Promise.all(withdrawn.map(submit))).map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(await entryIds(heats[0]!.id)).toEqual(expect.arrayContaining(drafts.map((d) => d.id).sort()));
  });
});
