import type { EventDto, SubmissionDto, TeamDto } from '@hackboard/contracts';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ChallengeEntity } from '../src/challenges/challenge.entity.js';
import { DatasetEntity } from '../src/challenges/dataset.entity.js';
import { OrganizationEntity } from '../src/organizations/organization.entity.js';
import { SubmissionDatasetEntity } from '../src/submissions/submission-dataset.entity.js';
import { SubmissionRevisionEntity } from '../src/submissions/submission-revision.entity.js';
import { SubmissionEntity } from '../src/submissions/submission.entity.js';
import { type TestUser, createEvent, grantRole, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const HACKING = '2026-05-20T10:00:00Z';
const DEADLINE = '2026-05-21T16:00:00Z';
const MISSING = '00000000-0000-4000-8000-000000000000';

describe.each(drivers())('submissions on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(HACKING));

  const db = () => t.app.get(DataSource);
  const unique = (name: string) => `${name} ${randomBytes(3).toString('hex')}`;

  async function participant(event: EventDto, name = 'Participant'): Promise<TestUser> {
    const user = await registerUser(t, name);
    await user.agent.post(`/api/events/${event.id}/join`).expect(200);
    return user;
  }

  async function team(event: EventDto, captain: TestUser, ...members: TestUser[]): Promise<TeamDto> {
    const created = await captain.agent
      .post(`/api/events/${event.id}/teams`)
      .send({ name: unique('Team') })
      .expect(201);
    for (const member of members) {
      await member.agent
        .post(`/api/events/${event.id}/teams/join`)
        .send({ inviteCode: created.body.inviteCode })
        .expect(200);
    }
    return created.body;
  }

  /** A challenge with its data sets, stored directly: these tests are about submissions, not challenges. */
  async function challenge(eventId: string, organizationId: string, title: string, datasetTitles: string[] = []) {
    const stored = await db().getRepository(ChallengeEntity).save({ eventId, organizationId, title });
    const datasets = await db()
      .getRepository(DatasetEntity)
      .save(
        datasetTitles.map((datasetTitle, position) => ({
          challengeId: stored.id,
          title: datasetTitle,
          url: `https://data.example.se/${encodeURIComponent(datasetTitle)}.csv`,
          format: 'CSV',
          licence: 'CC0 1.0',
          position,
        })),
      );
    return { ...stored, datasets };
  }

  async function organization() {
    return db()
      .getRepository(OrganizationEntity)
      .save({ name: unique('Myndighet'), kind: 'national-agency', website: null });
  }

  /**
   * An event with two organizations (A with two challenges, B with one), two teams (Alice captain
   * with Bob; Carol alone), an agency member for each organization, a juror, and a second event.
   */
  async function world(overrides: Parameters<typeof createEvent>[2] = {}) {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer, overrides);
    const [orgA, orgB] = [await organization(), await organization()];
    const challengeA = await challenge(event.id, orgA.id, 'Safer school routes', [
      'Traffic counts',
      'School locations',
    ]);
    const challengeA2 = await challenge(event.id, orgA.id, 'Cleaner air', ['Air quality']);
    const challengeB = await challenge(event.id, orgB.id, 'Open budgets', ['Budget 2026']);
    const [alice, bob, carol] = [
      await participant(event, 'Alice'),
      await participant(event, 'Bob'),
      await participant(event, 'Carol'),
    ];
    const teamAB = await team(event, alice, bob);
    const teamC = await team(event, carol);
    const agencyA = await registerUser(t, 'Agency A');
    await grantRole(t, event.id, agencyA, 'agency', orgA.id);
    const agencyB = await registerUser(t, 'Agency B');
    await grantRole(t, event.id, agencyB, 'agency', orgB.id);
    const juror = await registerUser(t, 'Juror');
    await grantRole(t, event.id, juror, 'jury');

    const otherOrganizer = await registerUser(t, 'Other organizer');
    const otherEvent = await createEvent(t, otherOrganizer);
    const otherChallenge = await challenge(otherEvent.id, orgA.id, 'Elsewhere', ['Foreign data']);
    return {
      organizer,
      event,
      orgA,
      orgB,
      challengeA,
      challengeA2,
      challengeB,
      alice,
      bob,
      carol,
      teamAB,
      teamC,
      agencyA,
      agencyB,
      juror,
      otherEvent,
      otherChallenge,
    };
  }

  const base = (event: EventDto) => `/api/events/${event.id}/submissions`;

  async function submission(event: EventDto, author: TestUser, body: Record<string, unknown>): Promise<SubmissionDto> {
    const response = await author.agent.post(base(event)).send({ title: 'Trygga skolvägar', ...body });
    if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** Everything stored about one submission, to show that a refused request changed nothing. */
  async function stored(id: string) {
    const [row, datasets, revisions] = await Promise.all([
      db().getRepository(SubmissionEntity).findOneBy({ id }),
      db()
        .getRepository(SubmissionDatasetEntity)
        .find({ where: { submissionId: id }, order: { id: 'ASC' } }),
      db()
        .getRepository(SubmissionRevisionEntity)
        .find({ where: { submissionId: id }, order: { version: 'ASC' } }),
    ]);
    return { row, datasets, revisions };
  }

  it('lets a team member start a draft at version 1 with its first revision', async () => {
    const w = await world();
    const created = await submission(w.event, w.bob, {
      challengeId: w.challengeA.id,
      summary: 'Safer routes for children',
      description: '## How\n\nWe combine traffic counts with school locations.',
      repositoryUrl: 'https://github.com/example/trygga',
      demoUrl: 'http://demo.example.se',
      videoUrl: '',
      images: ['https://img.example.se/1.png', 'https://img.example.se/2.png'],
      datasets: [{ datasetId: w.challengeA.datasets[1]!.id }, { title: 'OpenStreetMap', url: 'https://osm.org' }],
    });
    expect(created).toMatchObject({
      eventId: w.event.id,
      team: { id: w.teamAB.id, name: w.teamAB.name },
      challenge: { id: w.challengeA.id, title: 'Safer school routes' },
      title: 'Trygga skolvägar',
      repositoryUrl: 'https://github.com/example/trygga',
      demoUrl: 'http://demo.example.se',
      videoUrl: null,
      images: ['https://img.example.se/1.png', 'https://img.example.se/2.png'],
      status: 'draft',
      version: 1,
      submittedAt: null,
      datasets: [
        { datasetId: null, title: 'OpenStreetMap', url: 'https://osm.org' },
        {
          datasetId: w.challengeA.datasets[1]!.id,
          title: 'School locations',
          url: w.challengeA.datasets[1]!.url,
        },
      ],
    });

    const seen = await w.alice.agent.get(`${base(w.event)}/${created.id}`).expect(200);
    expect(seen.body).toEqual(created);
    const revisions = (await w.alice.agent.get(`${base(w.event)}/${created.id}/revisions`).expect(200)).body.items;
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      version: 1,
      author: { id: w.bob.id },
      snapshot: { title: 'Trygga skolvägar', status: 'draft', datasets: created.datasets, images: created.images },
    });
  });

  it('allows one submission per team and challenge', async () => {
    const w = await world();
    await submission(w.event, w.alice, { challengeId: w.challengeA.id });
    const twice = await w.bob.agent
      .post(base(w.event))
      .send({ challengeId: w.challengeA.id, title: 'Again' })
      .expect(409);
    expect(twice.body).toMatchObject({ code: 'SUBMISSION_EXISTS', fields: { challengeId: expect.any(String) } });
    await submission(w.event, w.alice, { challengeId: w.challengeB.id });
    await submission(w.event, w.carol, { challengeId: w.challengeA.id });
    expect(await db().getRepository(SubmissionEntity).countBy({ eventId: w.event.id })).toBe(3);
  });

  it('requires a team, a challenge of this event and data sets from its catalogue', async () => {
    const w = await world();
    const loner = await participant(w.event, 'Loner');
    const noTeam = await loner.agent
      .post(base(w.event))
      .send({ challengeId: w.challengeA.id, title: 'Solo' })
      .expect(403);
    expect(noTeam.body.code).toBe('NOT_IN_TEAM');
    await w.organizer.agent.post(base(w.event)).send({ challengeId: w.challengeA.id, title: 'Org' }).expect(403);
    await request(t.http).post(base(w.event)).send({ challengeId: w.challengeA.id, title: 'Anon' }).expect(401);

    const foreign = await w.alice.agent
      .post(base(w.event))
      .send({ challengeId: w.otherChallenge.id, title: 'Wrong event' })
      .expect(404);
    expect(foreign.body).toMatchObject({ code: 'CHALLENGE_NOT_FOUND', fields: { challengeId: expect.any(String) } });
    await w.alice.agent.post(base(w.event)).send({ challengeId: MISSING, title: 'Nothing' }).expect(404);

    const foreignData = await w.alice.agent
      .post(base(w.event))
      .send({
        challengeId: w.challengeA.id,
        title: 'Borrowed data',
        datasets: [
          { datasetId: w.challengeB.datasets[0]!.id },
          { datasetId: w.otherChallenge.datasets[0]!.id },
          { datasetId: MISSING },
        ],
      })
      .expect(400);
    expect(foreignData.body.fields).toEqual({
      'datasets.1.datasetId': "is not a data set in this event's catalogue",
      'datasets.2.datasetId': "is not a data set in this event's catalogue",
    });
    expect(await db().getRepository(SubmissionEntity).countBy({ eventId: w.event.id })).toBe(0);
  });

  it('saves edits based on the latest version, refuses stale ones, and keeps a revision per save minutes apart', async () => {
    const w = await world();
    const created = await submission(w.event, w.alice, { challengeId: w.challengeA.id, summary: 'First' });
    const path = `${base(w.event)}/${created.id}`;

    const edited = await w.bob.agent
      .patch(path)
      .send({ version: 1, summary: 'Second', datasets: [{ datasetId: w.challengeA.datasets[0]!.id }] })
      .expect(200);
    expect(edited.body).toMatchObject({ version: 2, summary: 'Second', title: 'Trygga skolvägar' });
    expect(edited.body.datasets).toEqual([
      { datasetId: w.challengeA.datasets[0]!.id, title: 'Traffic counts', url: w.challengeA.datasets[0]!.url },
    ]);

    const before = await stored(created.id);
    const stale = await w.alice.agent.patch(path).send({ version: 1, summary: 'Overwrites Bob' }).expect(409);
    expect(stale.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      fields: { version: 'is not the latest version (2)' },
    });
    const ahead = await w.alice.agent.patch(path).send({ version: 7, summary: 'From the future' }).expect(409);
    expect(ahead.body.code).toBe('VERSION_CONFLICT');
    expect(await stored(created.id)).toEqual(before);

    const third = await w.alice.agent
      .patch(path)
      .send({ version: 2, title: 'Trygga vägar', repositoryUrl: 'https://git.example.se/x', images: [] })
      .expect(200);
    expect(third.body).toMatchObject({ version: 3, summary: 'Second', repositoryUrl: 'https://git.example.se/x' });
    // Minutes later, so it is not folded into the revision of the save before.
    t.clock.set('2026-05-20T10:05:00Z');
    const cleared = await w.alice.agent.patch(path).send({ version: 3, repositoryUrl: null, datasets: [] }).expect(200);
    expect(cleared.body).toMatchObject({ version: 4, repositoryUrl: null, datasets: [] });

    const revisions = (await w.organizer.agent.get(`${path}/revisions`).expect(200)).body.items;
    expect(revisions.map((revision: { version: number }) => revision.version)).toEqual([4, 3, 2, 1]);
    expect(revisions.map((revision: { snapshot: { summary: string } }) => revision.snapshot.summary)).toEqual([
      'Second',
      'Second',
      'Second',
      'First',
    ]);
    expect(revisions[1].snapshot).toMatchObject({
      title: 'Trygga vägar',
      repositoryUrl: 'https://git.example.se/x',
      datasets: [{ datasetId: w.challengeA.datasets[0]!.id }],
      status: 'draft',
    });
    expect(revisions[0].author).toMatchObject({ id: w.alice.id });
  });

  it('submits and withdraws, each a new version, and refuses a transition from the wrong state', async () => {
    const w = await world();
    const created = await submission(w.event, w.alice, { challengeId: w.challengeA.id });
    const path = `${base(w.event)}/${created.id}`;

    const submitted = await w.bob.agent.post(`${path}/submit`).send({ version: 1 }).expect(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      version: 2,
      submittedAt: new Date(HACKING).toISOString(),
    });
    const again = await w.bob.agent.post(`${path}/submit`).send({ version: 2 }).expect(409);
    expect(again.body.code).toBe('ALREADY_SUBMITTED');
    const stale = await w.alice.agent.post(`${path}/withdraw`).send({ version: 1 }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');

    // A submitted submission can still be edited before the deadline, and stays submitted.
    const edited = await w.alice.agent.patch(path).send({ version: 2, summary: 'Polished' }).expect(200);
    expect(edited.body).toMatchObject({ status: 'submitted', version: 3 });

    const withdrawn = await w.alice.agent.post(`${path}/withdraw`).send({ version: 3 }).expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'draft', version: 4, submittedAt: null });
    const twice = await w.alice.agent.post(`${path}/withdraw`).send({ version: 4 }).expect(409);
    expect(twice.body.code).toBe('NOT_SUBMITTED');

    const revisions = (await w.alice.agent.get(`${path}/revisions`).expect(200)).body.items;
    expect(revisions.map((r: { snapshot: { status: string } }) => r.snapshot.status)).toEqual([
      'draft',
      'submitted',
      'submitted',
      'draft',
    ]);
    const log = await w.organizer.agent.get(`/api/events/${w.event.id}/audit?limit=100`).expect(200);
    expect(log.body.items.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(['submission.created', 'submission.submitted', 'submission.withdrawn']),
    );
  });

  it("requires a data set from the event's catalogue before submitting when the event says so", async () => {
    const w = await world({ requireCatalogueDataset: true });
    const created = await submission(w.event, w.alice, {
      challengeId: w.challengeA.id,
      datasets: [{ title: 'Our own survey', url: 'https://survey.example.se' }],
    });
    const path = `${base(w.event)}/${created.id}`;

    const refused = await w.alice.agent.post(`${path}/submit`).send({ version: 1 }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'CATALOGUE_DATASET_REQUIRED',
      fields: { datasets: "must include at least one data set from the event's catalogue" },
    });
    expect((await stored(created.id)).row).toMatchObject({ status: 'draft', version: 1 });

    // Any data set of the event's catalogue counts, not only the chosen challenge's.
    await w.alice.agent
      .patch(path)
      .send({
        version: 1,
        datasets: [
          { title: 'Our own survey', url: 'https://survey.example.se' },
          { datasetId: w.challengeB.datasets[0]!.id },
        ],
      })
      .expect(200);
    await w.alice.agent.post(`${path}/submit`).send({ version: 2 }).expect(200);

    // Once submitted, an edit may not drop the last catalogue data set.
    const dropped = await w.alice.agent.patch(path).send({ version: 3, datasets: [] }).expect(409);
    expect(dropped.body.code).toBe('CATALOGUE_DATASET_REQUIRED');
    expect((await stored(created.id)).row).toMatchObject({ status: 'submitted', version: 3 });
  });

  it('locks every submission from the deadline on, changing nothing', async () => {
    const w = await world();
    const draft = await submission(w.event, w.alice, { challengeId: w.challengeA.id });
    const done = await submission(w.event, w.carol, { challengeId: w.challengeB.id });
    await w.carol.agent
      .post(`${base(w.event)}/${done.id}/submit`)
      .send({ version: 1 })
      .expect(200);
    const before = [await stored(draft.id), await stored(done.id)];
    const count = await db().getRepository(SubmissionEntity).countBy({ eventId: w.event.id });

    for (const at of [DEADLINE, '2026-06-01T00:00:00Z']) {
      t.clock.set(at);
      const attempts = [
        await w.alice.agent.post(base(w.event)).send({ challengeId: w.challengeA2.id, title: 'Late' }),
        await w.alice.agent.patch(`${base(w.event)}/${draft.id}`).send({ version: 1, title: 'Late edit' }),
        await w.alice.agent.post(`${base(w.event)}/${draft.id}/submit`).send({ version: 1 }),
        await w.carol.agent.post(`${base(w.event)}/${done.id}/withdraw`).send({ version: 2 }),
        await w.carol.agent.patch(`${base(w.event)}/${done.id}`).send({ version: 2, summary: 'Late' }),
      ];
      expect(attempts.map((response) => [response.status, response.body.code])).toEqual(
        attempts.map(() => [409, 'DEADLINE_PASSED']),
      );
      expect([await stored(draft.id), await stored(done.id)]).toEqual(before);
      expect(await db().getRepository(SubmissionEntity).countBy({ eventId: w.event.id })).toBe(count);
    }
    await w.alice.agent.get(`${base(w.event)}/${draft.id}`).expect(200);
    await w.alice.agent.get(`${base(w.event)}/${draft.id}/revisions`).expect(200);
  });

  it("never shows or changes another team's submission", async () => {
    const w = await world();
    const theirs = await submission(w.event, w.carol, { challengeId: w.challengeA.id, summary: 'Secret plan' });
    const path = `${base(w.event)}/${theirs.id}`;
    const before = await stored(theirs.id);

    const attempts = [
      await w.alice.agent.get(path),
      await w.alice.agent.get(`${path}/revisions`),
      await w.alice.agent.patch(path).send({ version: 1, summary: 'Sabotage' }),
      await w.alice.agent.post(`${path}/submit`).send({ version: 1 }),
      await w.alice.agent.post(`${path}/withdraw`).send({ version: 1 }),
      await w.juror.agent.get(path),
      await w.agencyB.agent.get(path),
      await w.agencyA.agent.get(`${path}/revisions`),
    ];
    expect(attempts.map((response) => response.status)).toEqual([404, 404, 404, 404, 404, 404, 404, 403]);
    expect(attempts.slice(0, 7).every((response) => response.body.code === 'SUBMISSION_NOT_FOUND')).toBe(true);
    expect(JSON.stringify(attempts.map((response) => response.body))).not.toContain('Secret plan');
    const missing = await w.alice.agent.get(`${base(w.event)}/${MISSING}`).expect(404);
    expect(missing.body).toEqual(attempts[0]!.body);
    await request(t.http).get(path).expect(401);
    expect(await stored(theirs.id)).toEqual(before);

    const mine = await w.alice.agent.get(base(w.event)).expect(200);
    expect(mine.body).toMatchObject({ items: [], total: 0 });
  });

  it("refuses ids of another event's submissions", async () => {
    const w = await world();
    const foreignCaptain = await participant(w.otherEvent);
    await team(w.otherEvent, foreignCaptain);
    const foreign = await submission(w.otherEvent, foreignCaptain, { challengeId: w.otherChallenge.id });

    // Through this event's path, even its own team and its organizers find nothing.
    await w.organizer.agent.get(`${base(w.event)}/${foreign.id}`).expect(404);
    await foreignCaptain.agent.get(`${base(w.event)}/${foreign.id}`).expect(403);
    await w.alice.agent
      .patch(`${base(w.event)}/${foreign.id}`)
      .send({ version: 1, title: 'Mine now' })
      .expect(404);
    expect((await stored(foreign.id)).row).toMatchObject({ version: 1, title: 'Trygga skolvägar' });
    await foreignCaptain.agent.get(`${base(w.otherEvent)}/${foreign.id}`).expect(200);
  });

  it('lists submissions by role: all for organizers, their challenges for agencies, their own for teams', async () => {
    const w = await world();
    const a1 = await submission(w.event, w.alice, { challengeId: w.challengeA.id });
    t.clock.set('2026-05-20T10:01:00Z');
    const b1 = await submission(w.event, w.alice, { challengeId: w.challengeB.id });
    t.clock.set('2026-05-20T10:02:00Z');
    const c1 = await submission(w.event, w.carol, { challengeId: w.challengeA2.id });
    const ids = async (agent: TestUser, query = '') =>
      (await agent.agent.get(`${base(w.event)}${query}`).expect(200)).body.items.map((s: SubmissionDto) => s.id);

    expect(await ids(w.organizer)).toEqual([a1.id, b1.id, c1.id]);
    expect(await ids(w.organizer, `?challengeId=${w.challengeA.id}`)).toEqual([a1.id]);
    const page = await w.organizer.agent.get(`${base(w.event)}?limit=1&offset=1`).expect(200);
    expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1, items: [{ id: b1.id }] });

    expect(await ids(w.agencyA)).toEqual([a1.id, c1.id]);
    expect(await ids(w.agencyB)).toEqual([b1.id]);
    expect(await ids(w.agencyB, `?challengeId=${w.challengeA.id}`)).toEqual([]);
    await w.agencyA.agent.get(`${base(w.event)}/${c1.id}`).expect(200);
    await w.agencyA.agent.get(`${base(w.event)}/${b1.id}`).expect(404);

    expect(await ids(w.bob)).toEqual([a1.id, b1.id]);
    expect(await ids(w.carol)).toEqual([c1.id]);
    await w.juror.agent.get(base(w.event)).expect(403);
    await request(t.http).get(base(w.event)).expect(401);

    const bad = await w.organizer.agent.get(`${base(w.event)}?challengeId=nope&limit=500`).expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['challengeId', 'limit']);
  });

  it('accepts only http and https links, with a message per field', async () => {
    const w = await world();
    const response = await w.alice.agent
      .post(base(w.event))
      .send({
        challengeId: w.challengeA.id,
        title: 'Links',
        repositoryUrl: 'javascript:alert(1)',
        demoUrl: 'ftp://files.example.se',
        videoUrl: 'data:text/html,hi',
        images: ['https://ok.example.se/a.png', 'file:///etc/passwd'],
        datasets: [{ title: 'Local', url: 'mailto:someone@example.se' }],
      })
      .expect(400);
    expect(Object.keys(response.body.fields).sort()).toEqual([
      'datasets.0.url',
      'demoUrl',
      'images.1',
      'repositoryUrl',
      'videoUrl',
    ]);
    expect(response.body.fields.repositoryUrl).toBe('must be a web address starting with http:// or https://');
    expect(await db().getRepository(SubmissionEntity).countBy({ eventId: w.event.id })).toBe(0);
  });

  it('refuses bad input to every submission endpoint with a message per field, and changes nothing', async () => {
    const w = await world();
    const created = await submission(w.event, w.alice, { challengeId: w.challengeA.id });
    const path = `${base(w.event)}/${created.id}`;
    const before = await stored(created.id);
    const tooManyImages = Array.from({ length: 11 }, (_, i) => `https://img.example.se/${i}.png`);
    const tooManyDatasets = Array.from({ length: 31 }, (_, i) => ({
      title: `D${i}`,
      url: `https://d.example.se/${i}`,
    }));
    const post = (body: unknown) => w.alice.agent.post(base(w.event)).send(body as object);
    const patch = (body: unknown) => w.alice.agent.patch(path).send(body as object);
    const challengeId = w.challengeA2.id;

    const cases: [() => request.Test, string[]][] = [
      [() => post({}), ['challengeId', 'title']],
      [() => post({ challengeId: 'nope', title: 'x' }), ['challengeId']],
      [() => post({ challengeId, title: '  ' }), ['title']],
      [() => post({ challengeId, title: 'x'.repeat(201) }), ['title']],
      [() => post({ challengeId, title: 'x', summary: 'x'.repeat(501) }), ['summary']],
      [() => post({ challengeId, title: 'x', description: 'x'.repeat(20_001) }), ['description']],
      [() => post({ challengeId, title: 'x', images: tooManyImages }), ['images']],
      [() => post({ challengeId, title: 'x', images: 'https://a.se' }), ['images']],
      [() => post({ challengeId, title: 'x', datasets: tooManyDatasets }), ['datasets']],
      [() => post({ challengeId, title: 'x', datasets: [{}] }), ['datasets.0.title', 'datasets.0.url']],
      [() => post({ challengeId, title: 'x', datasets: [{ datasetId: 'x' }] }), ['datasets.0.datasetId']],
      [
        () => post({ challengeId, title: 'x', datasets: [{ datasetId: w.challengeA.datasets[0]!.id, title: 'T' }] }),
        ['datasets.0.title'],
      ],
      [
        () =>
          post({
            challengeId,
            title: 'x',
            datasets: [{ datasetId: w.challengeA.datasets[0]!.id }, { datasetId: w.challengeA.datasets[0]!.id }],
          }),
        ['datasets.1.datasetId'],
      ],
      [() => post({ challengeId, title: 'x', status: 'submitted' }), ['status']],
      [() => post({ challengeId, title: 'x', teamId: w.teamC.id }), ['teamId']],
      [() => patch({ summary: 'no version' }), ['version']],
      [() => patch({ version: 1 }), ['_']],
      [() => patch({ version: '1', title: 'x' }), ['version']],
      [() => patch({ version: 0, title: 'x' }), ['version']],
      [() => patch({ version: 1.5, title: 'x' }), ['version']],
      [() => patch({ version: 1, title: '' }), ['title']],
      [() => patch({ version: 1, challengeId: w.challengeB.id }), ['challengeId']],
      [() => patch({ version: 1, status: 'submitted' }), ['status']],
      [() => patch({ version: 1, videoUrl: 'vimeo.com/1' }), ['videoUrl']],
      [() => patch({ version: 1, images: [42] }), ['images.0']],
      [() => w.alice.agent.post(`${path}/submit`).send({}), ['version']],
      [() => w.alice.agent.post(`${path}/submit`).send({ version: 1, force: true }), ['force']],
      [() => w.alice.agent.post(`${path}/withdraw`).send({ version: -1 }), ['version']],
    ];
    for (const [send, fields] of cases) {
      const response = await send();
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(Object.keys(response.body.fields).sort()).toEqual(fields);
    }
    await w.alice.agent
      .patch(`${base(w.event)}/nope`)
      .send({ version: 1, title: 'x' })
      .expect(400);
    expect(await stored(created.id)).toEqual(before);
    expect(await db().getRepository(SubmissionEntity).countBy({ eventId: w.event.id })).toBe(1);
  });

  it('shows submitted projects in the public gallery only after the deadline, without people', async () => {
    const w = await world();
    const shown = await submission(w.event, w.alice, {
      challengeId: w.challengeA.id,
      title: 'Bättre luft',
      repositoryUrl: 'https://github.com/example/luft',
      images: ['https://img.example.se/luft.png'],
      datasets: [{ datasetId: w.challengeA.datasets[0]!.id }, { title: 'Own', url: 'https://own.example.se' }],
    });
    await w.alice.agent
      .post(`${base(w.event)}/${shown.id}/submit`)
      .send({ version: 1 })
      .expect(200);
    await submission(w.event, w.carol, { challengeId: w.challengeB.id, title: 'Still a draft' });
    const gallery = `/api/events/${w.event.id}/gallery`;

    const early = await request(t.http).get(gallery).expect(200);
    expect(early.body).toEqual({ items: [], total: 0, limit: 20, offset: 0 });

    t.clock.set(DEADLINE);
    const open = await request(t.http).get(gallery).expect(200);
    expect(open.body.total).toBe(1);
    expect(open.body.items[0]).toEqual({
      id: shown.id,
      title: 'Bättre luft',
      summary: '',
      description: '',
      teamId: w.teamAB.id,
      teamName: w.teamAB.name,
      challenge: { id: w.challengeA.id, title: 'Safer school routes' },
      repositoryUrl: 'https://github.com/example/luft',
      demoUrl: null,
      videoUrl: null,
      images: ['https://img.example.se/luft.png'],
      datasets: [
        { datasetId: null, title: 'Own', url: 'https://own.example.se' },
        { datasetId: w.challengeA.datasets[0]!.id, title: 'Traffic counts', url: w.challengeA.datasets[0]!.url },
      ],
      submittedAt: new Date(HACKING).toISOString(),
    });
    const text = JSON.stringify(open.body);
    for (const person of [w.alice, w.bob, w.carol]) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.email);
    }
    const filtered = await request(t.http).get(`${gallery}?challengeId=${w.challengeB.id}`).expect(200);
    expect(filtered.body.total).toBe(0);
    await request(t.http).get(`${gallery}?limit=0`).expect(400);

    await w.organizer.agent.patch(`/api/events/${w.event.id}`).send({ isPublic: false }).expect(200);
    await request(t.http).get(gallery).expect(404);
  });
});
