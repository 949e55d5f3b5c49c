import type { OrganizationDto } from '@hackboard/contracts';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity.js';
import { OrganizationEntity } from '../src/organizations/organization.entity.js';
import { type TestUser, createEvent, grantRole, makeAdmin, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe.each(drivers())('organizations on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set('2026-05-10T10:00:00Z'));

  const unique = (name: string) => `${name} ${randomBytes(4).toString('hex')}`;
  const organizations = () => t.app.get(DataSource).getRepository(OrganizationEntity);

  async function register(admin: TestUser, overrides: Record<string, unknown> = {}): Promise<OrganizationDto> {
    const response = await admin.agent
      .post('/api/organizations')
      .send({ name: unique('Kommun'), kind: 'municipality', ...overrides })
      .expect(201);
    return response.body;
  }

  /** An event with an organizer, and an agency member acting in it for a fresh organization. */
  async function withAgency() {
    const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const organization = await register(admin);
    const agency = await registerUser(t, 'Agency');
    await grantRole(t, event.id, agency, 'agency', organization.id);
    return { admin, organizer, event, organization, agency };
  }

  it('lets anyone list organizations by name, page by page, and read one', async () => {
    const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
    const prefix = `Aaa ${randomBytes(3).toString('hex')}`;
    const created = [];
    for (const name of ['Cedar', 'Alder', 'Birch']) {
      created.push(await register(admin, { name: `${prefix} ${name}`, kind: 'national-agency' }));
    }

    const all = await request(t.http).get('/api/organizations?limit=100').expect(200);
    const ours = all.body.items.filter((item: OrganizationDto) => item.name.startsWith(prefix));
    expect(ours.map((item: OrganizationDto) => item.name)).toEqual([
      `${prefix} Alder`,
      `${prefix} Birch`,
      `${prefix} Cedar`,
    ]);
    expect(all.body.total).toBeGreaterThanOrEqual(3);

    const page = await request(t.http).get('/api/organizations?limit=1&offset=1').expect(200);
    expect(page.body).toMatchObject({ limit: 1, offset: 1, total: all.body.total });
    expect(page.body.items).toEqual([all.body.items[1]]);

    const one = await request(t.http).get(`/api/organizations/${created[0]!.id}`).expect(200);
    expect(one.body).toEqual({ id: created[0]!.id, name: `${prefix} Cedar`, kind: 'national-agency', website: null });
  });

  it('lets an admin and an organizer of any event register an organization, audited without an event', async () => {
    const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
    const byAdmin = await admin.agent
      .post('/api/organizations')
      .send({ name: unique('Trafikverket'), kind: 'national-agency', website: 'https://www.trafikverket.se' })
      .expect(201);
    expect(byAdmin.body).toMatchObject({ kind: 'national-agency', website: 'https://www.trafikverket.se' });

    const organizer = await registerUser(t, 'Organizer');
    await createEvent(t, organizer);
    const byOrganizer = await organizer.agent
      .post('/api/organizations')
      .send({ name: `  ${unique('Region Stockholm')}  `, kind: 'region' })
      .expect(201);
    expect(byOrganizer.body.name).toBe(byOrganizer.body.name.trim());

    const audit = await t.app
      .get(DataSource)
      .getRepository(AuditEntryEntity)
      .findBy([{ targetId: byAdmin.body.id }, { targetId: byOrganizer.body.id }]);
    expect(audit.map((entry) => [entry.action, entry.eventId, entry.actorId]).sort()).toEqual(
      [
        ['organization.created', null, admin.id],
        ['organization.created', null, organizer.id],
      ].sort(),
    );
  });

  it('refuses registration to visitors, participants, jurors and agency members', async () => {
    const { event, agency } = await withAgency();
    const participant = await registerUser(t, 'Participant');
    await participant.agent.post(`/api/events/${event.id}/join`).expect(200);
    const juror = await registerUser(t, 'Juror');
    await grantRole(t, event.id, juror, 'jury');
    const name = unique('Nope');
    const input = { name, kind: 'company' };

    await request(t.http).post('/api/organizations').send(input).expect(401);
    for (const user of [participant, juror, agency]) {
      const refused = await user.agent.post('/api/organizations').send(input).expect(403);
      expect(refused.body.code).toBe('FORBIDDEN');
    }
    expect(await organizations().countBy({ name })).toBe(0);
  });

  it('refuses a name that is already taken, whatever its case, naming the field', async () => {
    const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
    const first = await register(admin, { name: unique('Lantmäteriet') });
    const taken = await admin.agent
      .post('/api/organizations')
      .send({ name: first.name.toUpperCase(), kind: 'national-agency' })
      .expect(409);
    expect(taken.body).toMatchObject({ code: 'NAME_TAKEN', fields: { name: 'is already taken' } });
    await admin.agent.post('/api/organizations').send({ name: first.name, kind: 'other' }).expect(409);

    const second = await register(admin);
    const renamed = await admin.agent.patch(`/api/organizations/${second.id}`).send({ name: first.name }).expect(409);
    expect(renamed.body.fields).toEqual({ name: 'is already taken' });
    expect((await organizations().findOneByOrFail({ id: second.id })).name).toBe(second.name);
  });

  it('refuses bad input with a message per field and stores nothing', async () => {
    const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
    const before = await organizations().count();
    const cases: [Record<string, unknown>, string[]][] = [
      [{}, ['name', 'kind']],
      [{ name: 42, kind: 'municipality' }, ['name']],
      [{ name: '   ', kind: 'municipality' }, ['name']],
      [{ name: 'x'.repeat(201), kind: 'municipality' }, ['name']],
      [{ name: unique('Kind'), kind: 'ministry' }, ['kind']],
      [{ name: unique('Extra'), kind: 'company', secret: true }, ['secret']],
      [{ name: unique('Script'), kind: 'company', website: 'javascript:alert(1)' }, ['website']],
      [{ name: unique('Data'), kind: 'company', website: 'data:text/html,<script>alert(1)</script>' }, ['website']],
      [{ name: unique('Ftp'), kind: 'company', website: 'ftp://example.se' }, ['website']],
      [{ name: unique('Long'), kind: 'company', website: `https://example.se/${'a'.repeat(500)}` }, ['website']],
    ];
    for (const [input, fields] of cases) {
      const response = await admin.agent.post('/api/organizations').send(input).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(response.body.fields).sort()).toEqual([...fields].sort());
    }
    const script = await admin.agent
      .post('/api/organizations')
      .send({ name: unique('Script'), kind: 'company', website: 'javascript:alert(1)' })
      .expect(400);
    expect(script.body.fields.website).toBe('must be a web address starting with http:// or https://');

    const organization = await register(admin, { website: 'https://example.se' });
    for (const input of [{}, { website: 'javascript:alert(1)' }, { kind: 'ministry' }, { name: '' }, { id: MISSING }]) {
      await admin.agent.patch(`/api/organizations/${organization.id}`).send(input).expect(400);
    }
    expect(await organizations().count()).toBe(before + 1);
    expect(await organizations().findOneByOrFail({ id: organization.id })).toMatchObject({
      name: organization.name,
      kind: 'municipality',
      website: 'https://example.se',
    });
  });

  it('lets administrators and the organization’s own agency members edit it, and nobody else', async () => {
    const { admin, organizer, event, organization, agency } = await withAgency();
    const otherOrganization = await register(admin);
    const otherAgency = await registerUser(t, 'Other agency');
    await grantRole(t, event.id, otherAgency, 'agency', otherOrganization.id);
    const participant = await registerUser(t, 'Participant');
    await participant.agent.post(`/api/events/${event.id}/join`).expect(200);
    const url = `/api/organizations/${organization.id}`;

    await request(t.http).patch(url).send({ kind: 'other' }).expect(401);
    for (const user of [otherAgency, organizer, participant]) {
      const refused = await user.agent.patch(url).send({ kind: 'other' }).expect(403);
      expect(refused.body.code).toBe('FORBIDDEN');
    }

    const byAgency = await agency.agent
      .patch(url)
      .send({ website: 'https://www.sodertalje.se', kind: 'region' })
      .expect(200);
    expect(byAgency.body).toMatchObject({
      name: organization.name,
      kind: 'region',
      website: 'https://www.sodertalje.se',
    });
    const byAdmin = await admin.agent.patch(url).send({ website: null }).expect(200);
    expect(byAdmin.body.website).toBeNull();

    const audit = await t.app
      .get(DataSource)
      .getRepository(AuditEntryEntity)
      .find({ where: { targetId: organization.id, action: 'organization.updated' } });
    expect(
      audit.map((entry) => [entry.actorId, entry.eventId, [...(entry.details['changed'] as string[])].sort()]),
    ).toEqual(
      expect.arrayContaining([
        [agency.id, null, ['kind', 'website']],
        [admin.id, null, ['website']],
      ]),
    );
    expect(audit).toHaveLength(2);
  });

  it('counts an agency member of the organization in any event as one of its members', async () => {
    const { organization, agency } = await withAgency();
    const laterOrganizer = await registerUser(t, 'Later organizer');
    const laterEvent = await createEvent(t, laterOrganizer);
    const laterAgency = await registerUser(t, 'Later agency');
    await grantRole(t, laterEvent.id, laterAgency, 'agency', organization.id);
    await laterAgency.agent.patch(`/api/organizations/${organization.id}`).send({ kind: 'other' }).expect(200);
    await agency.agent.patch(`/api/organizations/${organization.id}`).send({ kind: 'municipality' }).expect(200);
  });

  it('answers 404 for unknown organizations and 400 for ids that are not UUIDs', async () => {
    const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
    const missing = await request(t.http).get(`/api/organizations/${MISSING}`).expect(404);
    expect(missing.body.code).toBe('ORGANIZATION_NOT_FOUND');
    await admin.agent.patch(`/api/organizations/${MISSING}`).send({ kind: 'other' }).expect(404);

    const malformed = await request(t.http).get('/api/organizations/not-a-uuid').expect(400);
    expect(malformed.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: { organizationId: 'must be a UUID' } });
    await admin.agent.patch("/api/organizations/1'%20OR%201=1").send({ kind: 'other' }).expect(400);
  });

  it('refuses page sizes and offsets out of range', async () => {
    const response = await request(t.http).get('/api/organizations?limit=1000&offset=-1&sort=name').expect(400);
    expect(Object.keys(response.body.fields).sort()).toEqual(['limit', 'offset', 'sort']);
  });
});
