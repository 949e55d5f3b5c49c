import type { ErrorResponse, LeaderboardStatusDto, UnplacedSubmissionDto } from '@hackboard/contracts';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity.js';
import {
  CLOSED,
  HACKING,
  JUDGING,
  auditActions,
  expectStatus,
  judgingWorld,
  readyToScore,
  score,
} from './support/judging-world.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

/**
 * A submitted project in no round is never judged. Organizers can list those projects with the
 * heat that would take each, and publishing with any of them left needs an explicit confirmation.
 */
describe.each(drivers())('unjudged projects on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(HACKING));

  it('lists the submitted projects in no round, and a sync of the heat places them', async () => {
    const w = await judgingWorld(t, { challenges: 2, perChallenge: 1, jurors: 1 });
    const unplaced = () =>
      expectStatus<UnplacedSubmissionDto[]>(w.organizer.agent.get(w.path('/rounds/unplaced')), 200);

    // Before any heat exists, every submitted project is in no round; the draft is not listed.
    const before = await unplaced();
    expect(before.map((row) => row.submissionId).sort()).toEqual(w.submissions.map((s) => s.id).sort());
    expect(before.every((row) => row.heatId === null)).toBe(true);
    const first = before.find((row) => row.submissionId === w.submissions[0]!.id)!;
    expect(first).toMatchObject({
      title: w.submissions[0]!.title,
      teamName: w.submissions[0]!.teamName,
      challengeId: w.challenges[0]!.id,
      challengeTitle: w.challenges[0]!.title,
    });

    const { heats } = await readyToScore(w);
    expect(await unplaced()).toEqual([]);

    // Taken out of its heat: in no round again, and the heat is named as the place to add it.
    const heatA = heats.find((h) => h.challengeId === w.challenges[0]!.id)!;
    await expectStatus(w.organizer.agent.delete(w.path(`/rounds/${heatA.id}/entries/${w.submissions[0]!.id}`)), 200);
    const out = await unplaced();
    expect(out).toEqual([expect.objectContaining({ submissionId: w.submissions[0]!.id, heatId: heatA.id })]);
    await expectStatus(w.organizer.agent.post(w.path(`/rounds/${heatA.id}/entries/sync`)), 200);
    expect(await unplaced()).toEqual([]);

    // A locked heat takes nothing, so no heat is offered.
    await expectStatus(w.organizer.agent.delete(w.path(`/rounds/${heatA.id}/entries/${w.submissions[0]!.id}`)), 200);
    await expectStatus(w.organizer.agent.post(w.path(`/rounds/${heatA.id}/lock`)), 200);
    expect(await unplaced()).toEqual([expect.objectContaining({ submissionId: w.submissions[0]!.id, heatId: null })]);

    // Only organizers read it.
    await expectStatus(w.participant.agent.get(w.path('/rounds/unplaced')), 403);
    await expectStatus(w.jurors[0]!.agent.get(w.path('/rounds/unplaced')), 403);
  });

  it('publishes with projects in no round only when the organizer confirms, naming them', async () => {
    const w = await judgingWorld(t, { challenges: 2, perChallenge: 1, jurors: 1 });
    const { heats } = await readyToScore(w);
    const heatB = heats.find((h) => h.challengeId === w.challenges[1]!.id)!;
    const lost = w.submissions[1]!;
    await expectStatus(w.organizer.agent.delete(w.path(`/rounds/${heatB.id}/entries/${lost.id}`)), 200);
    t.clock.set(JUDGING);
    const heatA = heats.find((h) => h.challengeId === w.challenges[0]!.id)!;
    await expectStatus(score(w, w.jurors[0]!, heatA.id, w.submissions[0]!.id, { impact: 8, design: 6 }), 200);
    t.clock.set(CLOSED);

    const refused = await expectStatus<ErrorResponse>(w.organizer.agent.post(w.path('/leaderboard/publish')), 409);
    expect(refused.code).toBe('UNJUDGED_PROJECTS');
    expect(refused.fields).toEqual({ [lost.id]: lost.title });
    // Saying no, or something that is not a yes, publishes nothing either.
    const declined = await expectStatus<ErrorResponse>(
      w.organizer.agent.post(w.path('/leaderboard/publish')).send({ confirmUnjudged: false }),
      409,
    );
    expect(declined.code).toBe('UNJUDGED_PROJECTS');
    await expectStatus(w.organizer.agent.post(w.path('/leaderboard/publish')).send({ confirmUnjudged: 'yes' }), 400);
    expect(await auditActions(t, w.event.id)).not.toContain('results.published');

    const published = await expectStatus<LeaderboardStatusDto>(
      w.organizer.agent.post(w.path('/leaderboard/publish')).send({ confirmUnjudged: true }),
      200,
    );
    expect(published.publishedAt).not.toBeNull();
    const audit = await t.app
      .get(DataSource)
      .getRepository(AuditEntryEntity)
      .findOneByOrFail({ eventId: w.event.id, action: 'results.published' });
    expect(audit.details).toMatchObject({ unjudged: [lost.id] });
  });

  it('publishes without a confirmation when every submitted project is in a round', async () => {
    const w = await judgingWorld(t, { challenges: 1, perChallenge: 1, jurors: 1 });
    await readyToScore(w);
    t.clock.set(CLOSED);
    await expectStatus(w.organizer.agent.post(w.path('/leaderboard/publish')), 200);
  });
});
