import type { CatalogueEntryDto, ChallengeDto, DatasetDto, OrganizationDto } from '@hackboard/contracts';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity.js';
import { ChallengeEntity } from '../src/challenges/challenge.entity.js';
import { ChallengesService } from '../src/challenges/challenges.service.js';
import { DatasetEntity } from '../src/challenges/dataset.entity.js';
import { SubmissionEntity } from '../src/submissions/submission.entity.js';
import { TeamEntity } from '../src/teams/team.entity.js';
import { type TestUser, createEvent, grantRole, makeAdmin, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const MISSING = '00000000-0000-4000-8000-000000000000';
const AFTER_DEADLINE = '2026-05-22T10:00:00Z';

const dataset = (title: string, overrides: Record<string, unknown> = {}) => ({
  title,
  url: `https://example.se/data/${encodeURIComponent(title)}.csv`,
  format: 'CSV',
  licence: 'CC0 1.0',
  ...overrides,
});

const challengeInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Safer school routes',
  description: '## The challenge\n\nHelp children walk to school **safely**.',
  prizes: '10 000 kr and a meeting with the traffic office',
  contactName: 'Anna Svensson',
  contactEmail: 'anna.svensson@example.se',
  datasets: [dataset('Traffic counts'), dataset('School locations')],
  ...overrides,
});

describe.each(drivers())('challenges on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set('2026-05-10T10:00:00Z'));

  const db = () => t.app.get(DataSource);
  const unique = (name: string) => `${name} ${randomBytes(4).toString('hex')}`;

  async function organization(admin: TestUser, name = unique('Kommun')): Promise<OrganizationDto> {
    const response = await admin.agent.post('/api/organizations').send({ name, kind: 'municipality' }).expect(201);
    return response.body;
  }

  /** An event with one actor per role, two organizations with an agency member each, and a second event. */
  async function world() {
    const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const [orgA, orgB] = [await organization(admin), await organization(admin)];
    const agencyA = await registerUser(t, 'Agency A');
    await grantRole(t, event.id, agencyA, 'agency', orgA.id);
    const agencyB = await registerUser(t, 'Agency B');
    await grantRole(t, event.id, agencyB, 'agency', orgB.id);
    const participant = await registerUser(t, 'Participant');
    await grantRole(t, event.id, participant, 'participant');
    const juror = await registerUser(t, 'Juror');
    await grantRole(t, event.id, juror, 'jury');
    const otherOrganizer = await registerUser(t, 'Other organizer');
    const otherEvent = await createEvent(t, otherOrganizer);
    const base = `/api/events/${event.id}/challenges`;
    return {
      admin,
      organizer,
      event,
      orgA,
      orgB,
      agencyA,
      agencyB,
      participant,
      juror,
      otherOrganizer,
      otherEvent,
      base,
    };
  }

  async function post(user: TestUser, eventId: string, overrides: Record<string, unknown> = {}): Promise<ChallengeDto> {
    const response = await user.agent.post(`/api/events/${eventId}/challenges`).send(challengeInput(overrides));
    if (response.status !== 201) throw new Error(`posting failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async function submissionTo(eventId: string, challengeId: string) {
    const team = await db()
      .getRepository(TeamEntity)
      .save({ eventId, name: unique('Team'), inviteCode: randomBytes(8).toString('hex'), maxSize: 5 });
    await db().getRepository(SubmissionEntity).save({ eventId, teamId: team.id, challengeId, title: 'Our project' });
  }

  it('lets an agency post a challenge for its own organization, with its data sets in order', async () => {
    const { event, orgA, agencyA, base } = await world();
    const created = await agencyA.agent
      .post(base)
      .send(challengeInput({ datasets: [dataset('Zebra crossings'), dataset('Accidents'), dataset('Schools')] }))
      .expect(201);
    expect(created.body).toMatchObject({
      eventId: event.id,
      organization: { id: orgA.id, name: orgA.name, kind: 'municipality' },
      title: 'Safer school routes',
      contactEmail: 'anna.svensson@example.se',
    });
    expect(created.body.datasets.map((d: DatasetDto) => d.title)).toEqual(['Zebra crossings', 'Accidents', 'Schools']);
    const stored = await db()
      .getRepository(DatasetEntity)
      .find({ where: { challengeId: created.body.id }, order: { position: 'ASC' } });
    expect(stored.map((d) => [d.position, d.title])).toEqual([
      [0, 'Zebra crossings'],
      [1, 'Accidents'],
      [2, 'Schools'],
    ]);
    const read = await request(t.http).get(`${base}/${created.body.id}`).expect(200);
    expect(read.body).toEqual(created.body);
  });

  it('shows the challenges sorted by title to anyone who may see the event, and hides a draft event’s', async () => {
    const { organizer, event, orgA, orgB, agencyA, base } = await world();
    await post(organizer, event.id, { organizationId: orgB.id, title: 'Öppna data för alla' });
    await post(agencyA, event.id, { title: 'bicycle parking' });
    await post(organizer, event.id, { organizationId: orgA.id, title: 'Air quality' });

    const list = await request(t.http).get(base).expect(200);
    expect(list.body.map((c: ChallengeDto) => c.title)).toEqual([
      'Air quality',
      'bicycle parking',
      'Öppna data för alla',
    ]);
    expect(list.body[2].organization.name).toBe(orgB.name);

    await organizer.agent.patch(`/api/events/${event.id}`).send({ isPublic: false }).expect(200);
    await request(t.http).get(base).expect(404);
    await request(t.http).get(`${base}/${list.body[0].id}`).expect(404);
    await request(t.http).get(`/api/events/${event.id}/datasets`).expect(404);
    const stranger = await registerUser(t, 'Stranger');
    await stranger.agent.get(base).expect(404);
    expect((await agencyA.agent.get(base).expect(200)).body).toHaveLength(3);
  });

  it('refuses an agency posting for an organization it does not represent', async () => {
    const { orgB, agencyA, base, admin } = await world();
    const refused = await agencyA.agent
      .post(base)
      .send(challengeInput({ organizationId: orgB.id }))
      .expect(403);
    expect(refused.body).toMatchObject({
      code: 'NOT_YOUR_ORGANIZATION',
      fields: { organizationId: expect.any(String) },
    });
    const unrelated = await organization(admin);
    await agencyA.agent
      .post(base)
      .send(challengeInput({ organizationId: unrelated.id }))
      .expect(403);
    expect(await db().getRepository(ChallengeEntity).countBy({ organizationId: orgB.id })).toBe(0);
  });

  it('requires an organizer to name an existing organization, and lets them post for any', async () => {
    const { organizer, orgB, base, admin, event } = await world();
    const unnamed = await organizer.agent.post(base).send(challengeInput()).expect(400);
    expect(unnamed.body).toMatchObject({ code: 'ORGANIZATION_REQUIRED', fields: { organizationId: 'is required' } });
    const unknown = await organizer.agent
      .post(base)
      .send(challengeInput({ organizationId: MISSING }))
      .expect(404);
    expect(unknown.body).toMatchObject({
      code: 'ORGANIZATION_NOT_FOUND',
      fields: { organizationId: expect.any(String) },
    });
    const posted = await organizer.agent
      .post(base)
      .send(challengeInput({ organizationId: orgB.id }))
      .expect(201);
    expect(posted.body.organization.id).toBe(orgB.id);
    const byAdmin = await admin.agent
      .post(base)
      .send(challengeInput({ organizationId: orgB.id }))
      .expect(201);
    expect(byAdmin.body.eventId).toBe(event.id);
  });

  it('refuses posting to visitors, participants, jurors, organizers of another event and agencies of another event', async () => {
    const { orgA, participant, juror, otherOrganizer, agencyA, otherEvent, base } = await world();
    const input = challengeInput({ organizationId: orgA.id });
    await request(t.http).post(base).send(input).expect(401);
    for (const user of [participant, juror, otherOrganizer]) {
      const refused = await user.agent.post(base).send(input).expect(403);
      expect(refused.body.code).toBe('FORBIDDEN');
    }
    await agencyA.agent.post(`/api/events/${otherEvent.id}/challenges`).send(input).expect(403);
    expect(await db().getRepository(ChallengeEntity).countBy({ organizationId: orgA.id })).toBe(0);
  });

  it('lets the challenge’s own agency and the organizers edit it, and nobody else', async () => {
    const { organizer, admin, agencyA, agencyB, participant, juror, otherOrganizer, event, base } = await world();
    const challenge = await post(agencyA, event.id);
    const url = `${base}/${challenge.id}`;

    await request(t.http).patch(url).send({ title: 'Hijacked' }).expect(401);
    for (const user of [participant, juror, otherOrganizer]) {
      await user.agent.patch(url).send({ title: 'Hijacked' }).expect(403);
    }
    const otherAgency = await agencyB.agent.patch(url).send({ title: 'Hijacked' }).expect(403);
    expect(otherAgency.body.code).toBe('NOT_YOUR_CHALLENGE');
    await agencyB.agent.delete(url).expect(403);

    const byAgency = await agencyA.agent
      .patch(url)
      .send({ prizes: 'A trip to Stockholm', contactEmail: null })
      .expect(200);
    expect(byAgency.body).toMatchObject({ title: challenge.title, prizes: 'A trip to Stockholm', contactEmail: null });
    expect(byAgency.body.datasets).toEqual(challenge.datasets);
    const byOrganizer = await organizer.agent.patch(url).send({ title: 'Safe routes to school' }).expect(200);
    expect(byOrganizer.body.title).toBe('Safe routes to school');
    await admin.agent.patch(url).send({ description: 'Edited by an admin' }).expect(200);

    const stored = await db().getRepository(ChallengeEntity).findOneByOrFail({ id: challenge.id });
    expect(stored).toMatchObject({
      title: 'Safe routes to school',
      description: 'Edited by an admin',
      contactEmail: null,
    });
  });

  it('lets an organizer move a challenge to another organization, but an agency only to one it represents', async () => {
    const { organizer, orgA, orgB, agencyA, event, base } = await world();
    const challenge = await post(agencyA, event.id);
    await agencyA.agent.patch(`${base}/${challenge.id}`).send({ organizationId: orgB.id }).expect(403);
    const moved = await organizer.agent.patch(`${base}/${challenge.id}`).send({ organizationId: orgB.id }).expect(200);
    expect(moved.body.organization.id).toBe(orgB.id);
    await agencyA.agent.patch(`${base}/${challenge.id}`).send({ title: 'Mine again?' }).expect(403);
    await organizer.agent.patch(`${base}/${challenge.id}`).send({ organizationId: MISSING }).expect(404);
    expect((await db().getRepository(ChallengeEntity).findOneByOrFail({ id: challenge.id })).organizationId).not.toBe(
      orgA.id,
    );
  });

  it('replaces the whole list of data sets when one is given, keeping those named by id', async () => {
    const { agencyA, event, base } = await world();
    const challenge = await post(agencyA, event.id, {
      datasets: [dataset('Traffic counts'), dataset('School locations'), dataset('Old map')],
    });
    const [traffic, schools] = challenge.datasets as [DatasetDto, DatasetDto, DatasetDto];
    const updated = await agencyA.agent
      .patch(`${base}/${challenge.id}`)
      .send({
        datasets: [{ ...schools, licence: 'CC BY 4.0' }, dataset('Bus stops', { format: 'GTFS' }), { ...traffic }],
      })
      .expect(200);
    expect(updated.body.datasets.map((d: DatasetDto) => [d.title, d.licence])).toEqual([
      ['School locations', 'CC BY 4.0'],
      ['Bus stops', 'CC0 1.0'],
      ['Traffic counts', 'CC0 1.0'],
    ]);
    expect(updated.body.datasets[0].id).toBe(schools.id);
    expect(updated.body.datasets[2].id).toBe(traffic.id);
    expect(await db().getRepository(DatasetEntity).countBy({ challengeId: challenge.id })).toBe(3);

    const foreign = await post(agencyA, event.id, { title: 'Another' });
    const stolen = await agencyA.agent
      .patch(`${base}/${challenge.id}`)
      .send({ datasets: [{ ...foreign.datasets[0] }] })
      .expect(400);
    expect(stolen.body.fields).toEqual({ 'datasets.0.id': expect.any(String) });

    const emptied = await agencyA.agent.patch(`${base}/${challenge.id}`).send({ datasets: [] }).expect(200);
    expect(emptied.body.datasets).toEqual([]);
    expect(await db().getRepository(DatasetEntity).countBy({ challengeId: foreign.id })).toBe(2);
  });

  it('refuses an agency’s changes after the submission deadline, and lets an organizer make them', async () => {
    const { organizer, agencyA, event, base } = await world();
    const challenge = await post(agencyA, event.id);
    t.clock.set(AFTER_DEADLINE);

    const create = await agencyA.agent.post(base).send(challengeInput()).expect(409);
    expect(create.body.code).toBe('DEADLINE_PASSED');
    const edit = await agencyA.agent.patch(`${base}/${challenge.id}`).send({ title: 'Too late' }).expect(409);
    expect(edit.body.code).toBe('DEADLINE_PASSED');
    await agencyA.agent.delete(`${base}/${challenge.id}`).expect(409);
    expect((await db().getRepository(ChallengeEntity).findOneByOrFail({ id: challenge.id })).title).toBe(
      challenge.title,
    );

    const fixed = await organizer.agent.patch(`${base}/${challenge.id}`).send({ title: 'Corrected title' }).expect(200);
    expect(fixed.body.title).toBe('Corrected title');
    await organizer.agent.delete(`${base}/${challenge.id}`).expect(204);
  });

  it('deletes a challenge with its data sets, but refuses one that teams have submitted to', async () => {
    const { organizer, agencyA, event, base } = await world();
    const kept = await post(agencyA, event.id, { title: 'Has a submission' });
    const removed = await post(agencyA, event.id, { title: 'Nobody took it' });
    await submissionTo(event.id, kept.id);

    const refused = await organizer.agent.delete(`${base}/${kept.id}`).expect(409);
    expect(refused.body.code).toBe('HAS_SUBMISSIONS');
    await agencyA.agent.delete(`${base}/${kept.id}`).expect(409);
    await request(t.http).get(`${base}/${kept.id}`).expect(200);

    await agencyA.agent.delete(`${base}/${removed.id}`).expect(204);
    await request(t.http).get(`${base}/${removed.id}`).expect(404);
    expect(await db().getRepository(DatasetEntity).countBy({ challengeId: removed.id })).toBe(0);
    await organizer.agent.delete(`${base}/${removed.id}`).expect(404);
  });

  it('answers 404 for unknown challenges and for challenges of another event, and 400 for malformed ids', async () => {
    const { organizer, agencyA, event, otherOrganizer, otherEvent, base, orgA } = await world();
    const mine = await post(agencyA, event.id);
    const theirs = await post(otherOrganizer, otherEvent.id, { organizationId: orgA.id, title: 'Elsewhere' });

    for (const id of [MISSING, theirs.id]) {
      const missing = await request(t.http).get(`${base}/${id}`).expect(404);
      expect(missing.body.code).toBe('CHALLENGE_NOT_FOUND');
      await organizer.agent.patch(`${base}/${id}`).send({ title: 'Taken over' }).expect(404);
      await organizer.agent.delete(`${base}/${id}`).expect(404);
      await agencyA.agent.patch(`${base}/${id}`).send({ title: 'Taken over' }).expect(404);
    }
    expect((await db().getRepository(ChallengeEntity).findOneByOrFail({ id: theirs.id })).title).toBe('Elsewhere');

    const malformed = await request(t.http).get(`${base}/not-a-uuid`).expect(400);
    expect(malformed.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: { challengeId: 'must be a UUID' } });
    await organizer.agent.patch(`${base}/123`).send({ title: 'x' }).expect(400);
    await organizer.agent.delete(`${base}/123`).expect(400);
    await request(t.http).get(`/api/events/no-such-event/challenges/${mine.id}`).expect(404);
    expect((await request(t.http).get(`${base}/${mine.id.toUpperCase()}`).expect(200)).body.id).toBe(mine.id);
  });

  it('refuses bad input with a message per field and changes nothing', async () => {
    const { organizer, orgA, agencyA, event, base } = await world();
    const challenge = await post(agencyA, event.id);
    const before = await db().getRepository(ChallengeEntity).countBy({ eventId: event.id });
    const cases: [Record<string, unknown>, string[]][] = [
      [{}, ['title', 'description', 'contactName']],
      [challengeInput({ title: 7, prizes: false }), ['title', 'prizes']],
      [challengeInput({ title: 'x'.repeat(201) }), ['title']],
      [challengeInput({ description: 'x'.repeat(20_001) }), ['description']],
      [challengeInput({ contactEmail: 'not an address' }), ['contactEmail']],
      [challengeInput({ organizationId: 'org-a' }), ['organizationId']],
      [challengeInput({ rubric: [] }), ['rubric']],
      [challengeInput({ datasets: 'all of them' }), ['datasets']],
      [
        challengeInput({ datasets: [dataset('Evil', { url: 'javascript:alert(document.cookie)' })] }),
        ['datasets.0.url'],
      ],
      [
        challengeInput({
          datasets: [dataset('Fine'), dataset('Inline', { url: 'data:text/html,<script>x</script>' })],
        }),
        ['datasets.1.url'],
      ],
      [
        challengeInput({ datasets: [{ title: 'Incomplete' }] }),
        ['datasets.0.url', 'datasets.0.format', 'datasets.0.licence'],
      ],
      [challengeInput({ datasets: [dataset('Extra', { rows: 10 })] }), ['datasets.0.rows']],
      [challengeInput({ datasets: Array.from({ length: 51 }, (_, i) => dataset(`Set ${i}`)) }), ['datasets']],
    ];
    for (const [input, fields] of cases) {
      const response = await organizer.agent
        .post(base)
        .send({ organizationId: orgA.id, ...input })
        .expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(response.body.fields).sort()).toEqual([...fields].sort());
    }
    const evil = await agencyA.agent
      .post(base)
      .send(challengeInput({ datasets: [dataset('Evil', { url: 'javascript:alert(1)' })] }))
      .expect(400);
    expect(evil.body.fields['datasets.0.url']).toBe('must be a web address starting with http:// or https://');

    const url = `${base}/${challenge.id}`;
    for (const input of [
      {},
      { title: '' },
      { datasets: [dataset('Evil', { url: 'javascript:alert(1)' })] },
      { eventId: MISSING },
      { createdBy: MISSING },
    ]) {
      const response = await agencyA.agent.patch(url).send(input).expect(400);
      expect(Object.keys(response.body.fields).length).toBeGreaterThan(0);
    }
    expect(await db().getRepository(ChallengeEntity).countBy({ eventId: event.id })).toBe(before);
    expect((await request(t.http).get(url).expect(200)).body).toEqual(challenge);
  });

  it('writes an audit entry for every change, in the event’s log', async () => {
    const { organizer, agencyA, orgA, event, base } = await world();
    const challenge = await post(agencyA, event.id);
    await organizer.agent.patch(`${base}/${challenge.id}`).send({ title: 'Renamed', datasets: [] }).expect(200);
    await organizer.agent.delete(`${base}/${challenge.id}`).expect(204);
    await agencyA.agent
      .post(base)
      .send(challengeInput({ title: 'x'.repeat(300) }))
      .expect(400);

    const entries = await db()
      .getRepository(AuditEntryEntity)
      .find({ where: { targetId: challenge.id }, order: { createdAt: 'ASC' } });
    expect(entries.map((entry) => [entry.action, entry.actorId, entry.eventId])).toEqual(
      expect.arrayContaining([
        ['challenge.created', agencyA.id, event.id],
        ['challenge.updated', organizer.id, event.id],
        ['challenge.deleted', organizer.id, event.id],
      ]),
    );
    expect(entries).toHaveLength(3);
    expect(entries.find((entry) => entry.action === 'challenge.created')!.details).toMatchObject({
      organizationId: orgA.id,
    });
    const log = await organizer.agent.get(`/api/events/${event.id}/audit`).expect(200);
    expect(log.body.items.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(['challenge.created', 'challenge.updated', 'challenge.deleted']),
    );
  });

  it('lists the data sets of all the event’s challenges in its catalogue', async () => {
    const { organizer, agencyA, agencyB, orgA, orgB, event, otherOrganizer, otherEvent } = await world();
    const roads = await post(agencyA, event.id, {
      title: 'Roads',
      datasets: [dataset('Road network', { format: 'GeoJSON' }), dataset('Speed limits')],
    });
    const air = await post(agencyB, event.id, { title: 'Air', datasets: [dataset('Air quality')] });
    await post(organizer, event.id, { organizationId: orgA.id, title: 'Empty', datasets: [] });
    await post(otherOrganizer, otherEvent.id, { organizationId: orgA.id, title: 'Elsewhere' });

    const catalogue = await request(t.http).get(`/api/events/${event.slug}/datasets`).expect(200);
    expect(catalogue.body.map((entry: CatalogueEntryDto) => [entry.challengeTitle, entry.title])).toEqual([
      ['Air', 'Air quality'],
      ['Roads', 'Road network'],
      ['Roads', 'Speed limits'],
    ]);
    expect(catalogue.body[0]).toEqual({
      ...air.datasets[0],
      challengeId: air.id,
      challengeTitle: 'Air',
      organizationId: orgB.id,
      organizationName: orgB.name,
    });
    expect(catalogue.body[1]).toMatchObject({ format: 'GeoJSON', challengeId: roads.id, organizationName: orgA.name });
  });

  it('gives other features a challenge and catalogue data sets only from the event asked about', async () => {
    const { organizer, agencyA, orgA, event, otherOrganizer, otherEvent } = await world();
    const service = t.app.get(ChallengesService);
    const mine = await post(agencyA, event.id);
    const theirs = await post(otherOrganizer, otherEvent.id, { organizationId: orgA.id });

    expect((await service.getInEvent(event.id, mine.id)).id).toBe(mine.id);
    for (const id of [theirs.id, MISSING, 'not-a-uuid']) {
      await expect(service.getInEvent(event.id, id)).rejects.toMatchObject({
        code: 'CHALLENGE_NOT_FOUND',
        status: 404,
      });
    }

    const asked = [mine.datasets[1]!.id, theirs.datasets[0]!.id, MISSING, 'junk', mine.datasets[0]!.id];
    const found = await service.catalogueDatasets(event.id, asked);
    expect(found.map((d) => d.id).sort()).toEqual([mine.datasets[0]!.id, mine.datasets[1]!.id].sort());
    expect(await service.catalogueDatasets(event.id, [])).toEqual([]);
    expect(organizer.id).toBeDefined();
  });
});
