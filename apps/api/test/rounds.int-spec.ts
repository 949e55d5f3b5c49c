import { DataSource } from 'typeorm';
import { ChallengeEntity } from '../src/challenges/challenge.entity.js';
import { AssignmentEntity } from '../src/judging/assignment.entity.js';
import { PanelMemberEntity } from '../src/judging/panel-member.entity.js';
import { RoundEntryEntity } from '../src/judging/round-entry.entity.js';
import { RoundEntity } from '../src/judging/round.entity.js';
import { SubmissionEntity } from '../src/submissions/submission.entity.js';
import { createEvent, registerUser } from './support/actors.js';
import {
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

interface Round {
  id: string;
  kind: string;
  challengeId: string | null;
  entryCount: number;
  panelSize: number;
  scoringStarted: boolean;
  lockedAt: string | null;
  entries?: { submissionId: string; title: string; teamName: string }[];
}

describe.each(drivers())('judging rounds on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(HACKING));

  const db = () => t.app.get(DataSource);
  const entryIds = async (roundId: string) =>
    (await db().getRepository(RoundEntryEntity).findBy({ roundId })).map((e) => e.submissionId).sort();

  it('creates a heat for each challenge with its submitted submissions, and only where none exists', async () => {
    const w = await judgingWorld(t, { challenges: 2, perChallenge: 3 });
    const heats = await expectStatus<Round[]>(w.organizer.agent.post(w.path('/rounds/heats')), 201);
    expect(heats.map((h) => [h.kind, h.challengeId, h.entryCount])).toEqual([
      ['heat', w.challenges[0]!.id, 3],
      ['heat', w.challenges[1]!.id, 3],
    ]);
    // The draft of challenge A is not judged.
    expect(await entryIds(heats[0]!.id)).toEqual(
      w.submissions
        .filter((s) => s.challengeId === w.challenges[0]!.id)
        .map((s) => s.id)
        .sort(),
    );
    expect(await expectStatus<Round[]>(w.organizer.agent.post(w.path('/rounds/heats')), 201)).toEqual([]);
    const detail = await expectStatus<Round>(w.organizer.agent.get(w.path(`/rounds/${heats[0]!.id}`)), 200);
    expect(detail.entries!.map((e) => e.title)).toEqual(['Project A1', 'Project A2', 'Project A3']);
    expect(detail.entries![0]!.teamName).toBe(w.submissions[0]!.teamName);
    expect((await auditActions(t, w.event.id)).filter((a) => a === 'round.created')).toHaveLength(2);
  });

  it('creates at most one final and one heat per challenge, and checks what it is given', async () => {
    const w = await judgingWorld(t);
    const final = await expectStatus<Round>(
      w.organizer.agent.post(w.path('/rounds')).send({ name: 'Final', kind: 'final' }),
      201,
    );
    expect(final).toMatchObject({ kind: 'final', challengeId: null, entryCount: 0, scoringStarted: false });
    const second = await expectStatus<{ code: string }>(
      w.organizer.agent.post(w.path('/rounds')).send({ name: 'Final 2', kind: 'final' }),
      409,
    );
    expect(second.code).toBe('FINAL_EXISTS');
    const heat = { name: 'Heat A', kind: 'heat', challengeId: w.challenges[0]!.id };
    expect(await expectStatus<Round>(w.organizer.agent.post(w.path('/rounds')).send(heat), 201)).toMatchObject({
      entryCount: 3,
    });
    expect((await expectStatus<{ code: string }>(w.organizer.agent.post(w.path('/rounds')).send(heat), 409)).code).toBe(
      'HEAT_EXISTS',
    );
    const invalid = await expectStatus<{ fields: Record<string, string> }>(
      w.organizer.agent.post(w.path('/rounds')).send({ name: '', kind: 'heat', reviewsPerSubmission: 0 }),
      400,
    );
    expect(Object.keys(invalid.fields).sort()).toEqual(['challengeId', 'name', 'reviewsPerSubmission']);
    const otherOrganizer = await registerUser(t, 'Other');
    const other = await createEvent(t, otherOrganizer);
    const foreignChallenge = await db()
      .getRepository(ChallengeEntity)
      .save({ eventId: other.id, organizationId: w.challenges[0]!.organizationId, title: 'Foreign' });
    await expectStatus(
      w.organizer.agent.post(w.path('/rounds')).send({ name: 'x', kind: 'heat', challengeId: foreignChallenge.id }),
      404,
    );
    expect(await db().getRepository(RoundEntity).countBy({ eventId: w.event.id })).toBe(2);
  });

  it("refreshes a heat's entries from its challenge until scoring starts", async () => {
    const w = await judgingWorld(t, { challenges: 1, perChallenge: 3, jurors: 1 });
    const { heats } = await readyToScore(w);
    const heat = heats[0]!;
    await db()
      .getRepository(SubmissionEntity)
      .update({ id: w.draft.id }, { status: 'submitted', submittedAt: new Date() });
    await db()
      .getRepository(SubmissionEntity)
      .update({ id: w.submissions[0]!.id }, { status: 'draft', submittedAt: null });
    const synced = await expectStatus<Round>(w.organizer.agent.post(w.path(`/rounds/${heat.id}/entries/sync`)), 200);
    expect(synced.entries!.map((e) => e.submissionId).sort()).toEqual(
      [w.submissions[1]!.id, w.submissions[2]!.id, w.draft.id].sort(),
    );
    // The entry that left took its assignments with it.
    expect(
      await db().getRepository(AssignmentEntity).countBy({ roundId: heat.id, submissionId: w.submissions[0]!.id }),
    ).toBe(0);

    t.clock.set(JUDGING);
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[1]!.id, { impact: 5 }), 200);
    const late = await expectStatus<{ code: string }>(
      w.organizer.agent.post(w.path(`/rounds/${heat.id}/entries/sync`)),
      409,
    );
    expect(late.code).toBe('SCORING_STARTED');
    const remove = await expectStatus<{ code: string }>(
      w.organizer.agent.delete(w.path(`/rounds/${heat.id}/entries/${w.submissions[2]!.id}`)),
      409,
    );
    expect(remove.code).toBe('SCORING_STARTED');
    const final = await expectStatus<Round>(
      w.organizer.agent.post(w.path('/rounds')).send({ name: 'Final', kind: 'final' }),
      201,
    );
    const notHeat = await expectStatus<{ code: string }>(
      w.organizer.agent.post(w.path(`/rounds/${final.id}/entries/sync`)),
      409,
    );
    expect(notHeat.code).toBe('NOT_A_HEAT');
  });

  it('promotes the top N of every heat into the final, a tie at the cut going through together', async () => {
    const w = await judgingWorld(t, { challenges: 2, perChallenge: 3, jurors: 1 });
    const { heats } = await readyToScore(w, [{ key: 'impact', weight: 1 }]);
    t.clock.set(JUDGING);
    const values = [7, 9, 9, 4, 8, 6]; // A1..A3, B1..B3: A2 and A3 tie at the top of heat A.
    for (const [index, submission] of w.submissions.entries()) {
      const heat = heats.find((h) => h.challengeId === submission.challengeId)!;
      await expectStatus(score(w, w.jurors[0]!, heat.id, submission.id, { impact: values[index]! }), 200);
    }
    const final = await expectStatus<Round>(
      w.organizer.agent.post(w.path('/rounds')).send({ name: 'Final', kind: 'final' }),
      201,
    );
    const promoted = await expectStatus<Round>(
      w.organizer.agent.post(w.path(`/rounds/${final.id}/promote`)).send({ topN: 1 }),
      200,
    );
    expect(promoted.entries!.map((e) => e.title).sort()).toEqual(['Project A2', 'Project A3', 'Project B2']);
    const fromB = await expectStatus<Round>(
      w.organizer.agent.post(w.path(`/rounds/${final.id}/promote`)).send({ topN: 2, fromRoundIds: [heats[1]!.id] }),
      200,
    );
    expect(fromB.entries!.map((e) => e.title).sort()).toEqual(['Project A2', 'Project A3', 'Project B2', 'Project B3']);
    const notHeat = await expectStatus<{ fields: Record<string, string> }>(
      w.organizer.agent.post(w.path(`/rounds/${final.id}/promote`)).send({ topN: 1, fromRoundIds: [final.id] }),
      400,
    );
    expect(notHeat.fields).toEqual({ 'fromRoundIds.0': 'is not a heat' });
    const intoHeat = await expectStatus<{ code: string }>(
      w.organizer.agent.post(w.path(`/rounds/${heats[0]!.id}/promote`)).send({ topN: 1 }),
      409,
    );
    expect(intoHeat.code).toBe('NOT_A_FINAL');
    expect(await auditActions(t, w.event.id)).toContain('round.finalists-promoted');
  });

  it("adds the organizer's pick, and refuses drafts and submissions that are unknown or of another event", async () => {
    const w = await judgingWorld(t);
    const final = await expectStatus<Round>(
      w.organizer.agent.post(w.path('/rounds')).send({ name: 'Final', kind: 'final' }),
      201,
    );
    const promote = (body: object) => w.organizer.agent.post(w.path(`/rounds/${final.id}/promote`)).send(body);
    const other = await judgingWorld(t, { challenges: 1 });
    const unknown = await expectStatus<{ code: string; fields: Record<string, string> }>(
      promote({ submissionIds: [w.submissions[0]!.id, MISSING, other.submissions[0]!.id] }),
      404,
    );
    expect(unknown).toMatchObject({
      code: 'SUBMISSION_NOT_FOUND',
      fields: { 'submissionIds.1': expect.any(String), 'submissionIds.2': expect.any(String) },
    });
    const draft = await expectStatus<{ fields: Record<string, string> }>(promote({ submissionIds: [w.draft.id] }), 400);
    expect(draft.fields).toEqual({ 'submissionIds.0': 'is not submitted' });
    const neither = await expectStatus<{ fields: Record<string, string> }>(promote({}), 400);
    expect(neither.fields).toEqual({ topN: 'give topN, or submissionIds' });
    const both = await expectStatus<{ fields: Record<string, string> }>(
      promote({ topN: 2, submissionIds: [w.submissions[0]!.id] }),
      400,
    );
    expect(Object.keys(both.fields)).toEqual(['submissionIds']);
    expect(await entryIds(final.id)).toEqual([]);
    const picked = await expectStatus<Round>(
      promote({ submissionIds: [w.submissions[4]!.id, w.submissions[0]!.id] }),
      200,
    );
    expect(picked.entries!.map((e) => e.submissionId)).toEqual([w.submissions[4]!.id, w.submissions[0]!.id]);
    // Promoting again adds nothing twice.
    await expectStatus(promote({ submissionIds: [w.submissions[0]!.id] }), 200);
    expect(await entryIds(final.id)).toHaveLength(2);
  });

  it('locks a round against every change to its scores, entries, panel and assignments until unlocked', async () => {
    const w = await judgingWorld(t, { challenges: 1, perChallenge: 2, jurors: 2 });
    const { heats } = await readyToScore(w);
    const heat = heats[0]!;
    t.clock.set(JUDGING);
    const locked = await expectStatus<Round>(w.organizer.agent.post(w.path(`/rounds/${heat.id}/lock`)), 200);
    expect(locked.lockedAt).toBe(new Date(JUDGING).toISOString());
    const refused = await Promise.all([
      score(w, w.jurors[0]!, heat.id, w.submissions[0]!.id, { impact: 5 }),
      w.organizer.agent.post(w.path(`/rounds/${heat.id}/entries/sync`)),
      w.organizer.agent.put(w.path(`/rounds/${heat.id}/panel`)).send({ jurorIds: [] }),
      w.organizer.agent.post(w.path(`/rounds/${heat.id}/assignments/auto`)).send({}),
      w.organizer.agent.post(w.path(`/rounds/${heat.id}/lock`)),
    ]);
    expect(refused.map((r) => `${r.status} ${r.body.code}`)).toEqual(Array(5).fill('409 ROUND_LOCKED'));
    await expectStatus(w.organizer.agent.post(w.path(`/rounds/${heat.id}/unlock`)), 200);
    const twice = await expectStatus<{ code: string }>(
      w.organizer.agent.post(w.path(`/rounds/${heat.id}/unlock`)),
      409,
    );
    expect(twice.code).toBe('ROUND_NOT_LOCKED');
    await expectStatus(score(w, w.jurors[0]!, heat.id, w.submissions[0]!.id, { impact: 5 }), 200);
    expect(await auditActions(t, w.event.id)).toEqual(expect.arrayContaining(['round.locked', 'round.unlocked']));
  });

  it("sets a panel only of the event's jurors; the challenge's agency sets its own heat's panel and no other", async () => {
    const w = await judgingWorld(t, { challenges: 2, jurors: 2 });
    const heats = await expectStatus<Round[]>(w.organizer.agent.post(w.path('/rounds/heats')), 201);
    const [heatA, heatB] = heats;
    const panel = (agent: typeof w.organizer.agent, roundId: string, jurorIds: string[]) =>
      agent.put(w.path(`/rounds/${roundId}/panel`)).send({ jurorIds });
    const bad = await expectStatus<{ fields: Record<string, string> }>(
      panel(w.organizer.agent, heatA!.id, [w.jurors[0]!.id, w.participant.id, MISSING]),
      400,
    );
    expect(bad.fields).toEqual({
      'jurorIds.1': 'is not a juror of this event',
      'jurorIds.2': 'is not a juror of this event',
    });
    const twice = await expectStatus<{ fields: Record<string, string> }>(
      panel(w.organizer.agent, heatA!.id, [w.jurors[0]!.id, w.jurors[0]!.id]),
      400,
    );
    expect(twice.fields).toEqual({ 'jurorIds.1': 'is listed twice' });
    expect(await db().getRepository(PanelMemberEntity).countBy({ roundId: heatA!.id })).toBe(0);

    const set = await expectStatus<{ jurors: { userId: string; assignments: number }[] }>(
      panel(w.agency.agent, heatA!.id, [w.jurors[1]!.id, w.jurors[0]!.id]),
      200,
    );
    expect(set.jurors.map((j) => j.userId).sort()).toEqual([w.jurors[0]!.id, w.jurors[1]!.id].sort());
    await expectStatus(w.agency.agent.get(w.path(`/rounds/${heatA!.id}/panel`)), 200);
    expect((await expectStatus<{ code: string }>(panel(w.agency.agent, heatB!.id, [w.jurors[0]!.id]), 403)).code).toBe(
      'FORBIDDEN',
    );
    await expectStatus(panel(w.jurors[0]!.agent, heatA!.id, [w.jurors[0]!.id]), 403);
    await expectStatus(panel(w.participant.agent, heatA!.id, []), 403);
    expect(await auditActions(t, w.event.id)).toContain('round.panel-set');
  });

  it('takes a juror off a panel together with their assignments, but not once they have scored', async () => {
    const w = await judgingWorld(t, { challenges: 1, perChallenge: 2, jurors: 3 });
    const { heats } = await readyToScore(w);
    const heat = heats[0]!;
    const off = await expectStatus<{ jurors: { userId: string }[] }>(
      w.organizer.agent.put(w.path(`/rounds/${heat.id}/panel`)).send({ jurorIds: [w.jurors[0]!.id, w.jurors[1]!.id] }),
      200,
    );
    expect(off.jurors).toHaveLength(2);
    expect(await db().getRepository(AssignmentEntity).countBy({ roundId: heat.id, jurorId: w.jurors[2]!.id })).toBe(0);
    t.clock.set(JUDGING);
    await expectStatus(score(w, w.jurors[1]!, heat.id, w.submissions[0]!.id, { impact: 5 }), 200);
    const refused = await expectStatus<{ code: string }>(
      w.organizer.agent.put(w.path(`/rounds/${heat.id}/panel`)).send({ jurorIds: [w.jurors[0]!.id] }),
      409,
    );
    expect(refused.code).toBe('JUROR_HAS_SCORES');
    expect(await db().getRepository(PanelMemberEntity).countBy({ roundId: heat.id })).toBe(2);
  });

  it('shows rounds to organizers, and to an agency only the heats of its challenges', async () => {
    const w = await judgingWorld(t, { challenges: 2 });
    const heats = await expectStatus<Round[]>(w.organizer.agent.post(w.path('/rounds/heats')), 201);
    await expectStatus(w.organizer.agent.post(w.path('/rounds')).send({ name: 'Final', kind: 'final' }), 201);
    expect(await expectStatus<Round[]>(w.organizer.agent.get(w.path('/rounds')), 200)).toHaveLength(3);
    const mine = await expectStatus<Round[]>(w.agency.agent.get(w.path('/rounds')), 200);
    expect(mine.map((r) => r.id)).toEqual([heats[0]!.id]);
    await expectStatus(w.agency.agent.get(w.path(`/rounds/${heats[1]!.id}`)), 403);
    await expectStatus(w.participant.agent.get(w.path('/rounds')), 403);
    await expectStatus(w.jurors[0]!.agent.get(w.path('/rounds')), 403);
    await expectStatus(w.visitor.get(w.path('/rounds')), 401);
    await expectStatus(w.agency.agent.post(w.path('/rounds/heats')), 403);
  });

  it('answers 404 for a round that is unknown or of another event, and 400 for a malformed id', async () => {
    const w = await judgingWorld(t, { challenges: 1 });
    const other = await judgingWorld(t, { challenges: 1 });
    const [foreign] = await expectStatus<Round[]>(other.organizer.agent.post(other.path('/rounds/heats')), 201);
    for (const suffix of ['', '/panel', '/assignments']) {
      await expectStatus(w.organizer.agent.get(w.path(`/rounds/${foreign!.id}${suffix}`)), 404);
      await expectStatus(w.organizer.agent.get(w.path(`/rounds/${MISSING}${suffix}`)), 404);
    }
    await expectStatus(w.organizer.agent.post(w.path(`/rounds/${foreign!.id}/lock`)), 404);
    await expectStatus(w.organizer.agent.delete(w.path(`/rounds/${foreign!.id}`)), 404);
    const malformed = await expectStatus<{ fields: Record<string, string> }>(
      w.organizer.agent.get(w.path('/rounds/nope')),
      400,
    );
    expect(malformed.fields).toEqual({ roundId: 'must be a UUID' });
    expect(await db().getRepository(RoundEntity).countBy({ id: foreign!.id })).toBe(1);
  });

  it('renames a round, and deletes one nobody has scored in', async () => {
    const w = await judgingWorld(t, { challenges: 2, perChallenge: 1, jurors: 1 });
    const { heats } = await readyToScore(w);
    const renamed = await expectStatus<{ name: string; reviewsPerSubmission: number }>(
      w.organizer.agent
        .patch(w.path(`/rounds/${heats[0]!.id}`))
        .send({ name: 'Heat: Skolvägar', reviewsPerSubmission: 2 }),
      200,
    );
    expect(renamed).toMatchObject({ name: 'Heat: Skolvägar', reviewsPerSubmission: 2 });
    t.clock.set(JUDGING);
    await expectStatus(score(w, w.jurors[0]!, heats[0]!.id, w.submissions[0]!.id, { impact: 3 }), 200);
    const refused = await expectStatus<{ code: string }>(
      w.organizer.agent.delete(w.path(`/rounds/${heats[0]!.id}`)),
      409,
    );
    expect(refused.code).toBe('SCORING_STARTED');
    await expectStatus(w.organizer.agent.delete(w.path(`/rounds/${heats[1]!.id}`)), 204);
    expect(await db().getRepository(RoundEntity).countBy({ eventId: w.event.id })).toBe(1);
    expect(await auditActions(t, w.event.id)).toEqual(expect.arrayContaining(['round.updated', 'round.deleted']));
  });
});
