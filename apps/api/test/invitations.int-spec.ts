import request from 'supertest';
import { DataSource } from 'typeorm';
import { EventRoleEntity } from '../src/access/event-role.entity.js';
import { OrganizationEntity } from '../src/organizations/organization.entity.js';
import { createEvent, grantRole, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

describe.each(drivers())('invitations on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set('2026-05-10T10:00:00Z'));

  const organization = async (name: string) =>
    t.app
      .get(DataSource)
      .getRepository(OrganizationEntity)
      .save({ name, kind: 'national-agency' as const, website: null });

  it('invites an agency member by link, who accepts and becomes the agency of that organization', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const lantmateriet = await organization(`Lantmäteriet ${Date.now()}`);
    const agency = await registerUser(t, 'Agency');

    const invited = await organizer.agent
      .post(`/api/events/${event.id}/invitations`)
      .send({ email: agency.email.toUpperCase(), role: 'agency', organizationId: lantmateriet.id })
      .expect(201);
    expect(invited.body).toMatchObject({
      email: agency.email,
      role: 'agency',
      status: 'pending',
      acceptPath: `/invitations/${invited.body.token}`,
    });

    const preview = await request(t.http).get(`/api/invitations/${invited.body.token}`).expect(200);
    expect(preview.body).toMatchObject({
      eventSlug: event.slug,
      role: 'agency',
      organizationName: lantmateriet.name,
      status: 'pending',
    });

    await agency.agent.post(`/api/invitations/${invited.body.token}/accept`).expect(200);
    const me = await agency.agent.get('/api/auth/me').expect(200);
    expect(me.body.memberships).toEqual([
      expect.objectContaining({ eventId: event.id, role: 'agency', organizationId: lantmateriet.id }),
    ]);

    const again = await agency.agent.post(`/api/invitations/${invited.body.token}/accept`).expect(409);
    expect(again.body.code).toBe('INVITATION_USED');
    const audit = await organizer.agent.get(`/api/events/${event.id}/audit`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['invitation.created', 'role.granted']),
    );
  });

  it('works only for the invited email and only until it expires', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const juror = await registerUser(t, 'Juror');
    const stranger = await registerUser(t, 'Stranger');
    const invited = await organizer.agent
      .post(`/api/events/${event.id}/invitations`)
      .send({ email: juror.email, role: 'jury' })
      .expect(201);

    const wrong = await stranger.agent.post(`/api/invitations/${invited.body.token}/accept`).expect(403);
    expect(wrong.body.code).toBe('INVITATION_FOR_OTHER_EMAIL');
    await request(t.http).post(`/api/invitations/${invited.body.token}/accept`).expect(401);

    t.clock.set('2026-05-25T10:00:00Z');
    const expired = await juror.agent.post(`/api/invitations/${invited.body.token}/accept`).expect(409);
    expect(expired.body.code).toBe('INVITATION_EXPIRED');
    expect(
      await t.app.get(DataSource).getRepository(EventRoleEntity).countBy({ eventId: event.id, userId: juror.id }),
    ).toBe(0);
  });

  it('refuses to make a participant of the event its juror', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const participant = await registerUser(t, 'Participant');
    await participant.agent.post(`/api/events/${event.id}/join`).expect(200);
    const invited = await organizer.agent
      .post(`/api/events/${event.id}/invitations`)
      .send({ email: participant.email, role: 'jury' })
      .expect(201);
    const response = await participant.agent.post(`/api/invitations/${invited.body.token}/accept`).expect(409);
    expect(response.body.code).toBe('ROLE_CONFLICT');
    const preview = await request(t.http).get(`/api/invitations/${invited.body.token}`).expect(200);
    expect(preview.body.status).toBe('pending');
  });

  it('lets only organizers invite, list and revoke, and checks the input', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const agency = await registerUser(t, 'Agency');
    const org = await organization(`Trafikverket ${Date.now()}`);
    await grantRole(t, event.id, agency, 'agency', org.id);
    await agency.agent
      .post(`/api/events/${event.id}/invitations`)
      .send({ email: 'x@example.test', role: 'jury' })
      .expect(403);
    await agency.agent.get(`/api/events/${event.id}/invitations`).expect(403);

    const bad = await organizer.agent
      .post(`/api/events/${event.id}/invitations`)
      .send({ email: 'nope', role: 'participant', extra: 1 })
      .expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['email', 'extra', 'role']);
    const noOrg = await organizer.agent
      .post(`/api/events/${event.id}/invitations`)
      .send({ email: 'a@example.test', role: 'agency' })
      .expect(400);
    expect(noOrg.body.fields).toEqual({ organizationId: 'is required for an agency member' });
    const missingOrg = await organizer.agent
      .post(`/api/events/${event.id}/invitations`)
      .send({ email: 'a@example.test', role: 'agency', organizationId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    expect(missingOrg.body.code).toBe('ORGANIZATION_NOT_FOUND');

    const invited = await organizer.agent
      .post(`/api/events/${event.id}/invitations`)
      .send({ email: 'b@example.test', role: 'organizer' })
      .expect(201);
    const list = await organizer.agent.get(`/api/events/${event.id}/invitations`).expect(200);
    expect(list.body.map((i: { email: string }) => i.email)).toEqual(['b@example.test']);
    expect(list.body[0]).not.toHaveProperty('token');

    const other = await createEvent(t, await registerUser(t, 'Other organizer'));
    await organizer.agent.delete(`/api/events/${other.id}/invitations/${invited.body.id}`).expect(403);
    await organizer.agent.delete(`/api/events/${event.id}/invitations/not-a-uuid`).expect(400);
    await organizer.agent.delete(`/api/events/${event.id}/invitations/${invited.body.id}`).expect(204);
    await request(t.http).get(`/api/invitations/${invited.body.token}`).expect(404);
  });

  it('answers 404 for an unknown token', async () => {
    const response = await request(t.http).get('/api/invitations/no-such-token').expect(404);
    expect(response.body.code).toBe('INVITATION_NOT_FOUND');
  });
});
