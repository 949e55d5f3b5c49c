import request from 'supertest';
import { DataSource } from 'typeorm';
import { EventEntity } from '../src/events/event.entity.js';
import { createEvent, grantRole, makeAdmin, registerUser, timelineAround } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

describe.each(drivers())('managing events on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set('2026-05-10T10:00:00Z'));

  it('lets an admin create a draft event, become its organizer, and make it public', async () => {
    const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
    const created = await admin.agent
      .post('/api/events')
      .send({ slug: 'kommunhack-2026', name: 'Kommunhack 2026', timeline: timelineAround() })
      .expect(201);
    expect(created.body).toMatchObject({
      phase: 'draft',
      isPublic: false,
      timezone: 'Europe/Stockholm',
      maxTeamSize: 5,
    });
    await request(t.http).get('/api/events/kommunhack-2026').expect(404);
    await admin.agent.get('/api/events/kommunhack-2026').expect(200);
    const me = await admin.agent.get('/api/auth/me').expect(200);
    expect(me.body.memberships).toEqual([expect.objectContaining({ eventSlug: 'kommunhack-2026', role: 'organizer' })]);

    await admin.agent.patch(`/api/events/${created.body.id}`).send({ isPublic: true }).expect(200);
    const visible = await request(t.http).get('/api/events/kommunhack-2026').expect(200);
    expect(visible.body.phase).toBe('registration');
  });

  it('refuses event creation to a user who organizes nothing', async () => {
    const user = await registerUser(t, 'Nobody');
    const response = await user.agent
      .post('/api/events')
      .send({ slug: 'my-hack', name: 'Mine', timeline: timelineAround() })
      .expect(403);
    expect(response.body.code).toBe('FORBIDDEN');
    await request(t.http)
      .post('/api/events')
      .send({ slug: 'anon-hack', name: 'Anon', timeline: timelineAround() })
      .expect(401);
  });

  it('refuses a taken slug and a timeline out of order, with the field named', async () => {
    const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
    await admin.agent.post('/api/events').send({ slug: 'twice', name: 'Once', timeline: timelineAround() }).expect(201);
    const taken = await admin.agent
      .post('/api/events')
      .send({ slug: 'twice', name: 'Twice', timeline: timelineAround() })
      .expect(409);
    expect(taken.body.fields).toEqual({ slug: 'is already taken' });
    const timeline = { ...timelineAround(), submissionDeadline: timelineAround().hackingStartsAt };
    const bad = await admin.agent.post('/api/events').send({ slug: 'bad-order', name: 'Bad', timeline }).expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['timeline.submissionDeadline']);
    const badZone = await admin.agent
      .post('/api/events')
      .send({ slug: 'bad-zone', name: 'Zone', timezone: 'Mars/Olympus', timeline: timelineAround() })
      .expect(400);
    expect(Object.keys(badZone.body.fields)).toEqual(['timezone']);
    expect(await t.app.get(DataSource).getRepository(EventEntity).countBy({ slug: 'bad-order' })).toBe(0);
  });

  it('lets only the organizers configure the event, and checks the merged timeline', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const participant = await registerUser(t, 'Participant');
    await participant.agent.post(`/api/events/${event.id}/join`).expect(200);
    await participant.agent.patch(`/api/events/${event.id}`).send({ name: 'Hijacked' }).expect(403);
    await request(t.http).patch(`/api/events/${event.id}`).send({ name: 'Hijacked' }).expect(401);

    const updated = await organizer.agent
      .patch(`/api/events/${event.id}`)
      .send({ maxTeamSize: 4, leaderboardVisibility: 'live' })
      .expect(200);
    expect(updated.body).toMatchObject({ maxTeamSize: 4, leaderboardVisibility: 'live', name: event.name });
    const bad = await organizer.agent
      .patch(`/api/events/${event.id}`)
      .send({ timeline: { judgingEndsAt: '2026-05-01T00:00:00Z' } })
      .expect(400);
    expect(bad.body.code).toBe('TIMELINE_INVALID');
    await organizer.agent.patch(`/api/events/${event.id}`).send({ maxTeamSize: 0, unknown: true }).expect(400);
    const after = await request(t.http).get(`/api/events/${event.id}`).expect(200);
    expect(after.body.timeline.judgingEndsAt).toBe(event.timeline.judgingEndsAt);
  });

  it('derives the phase from the clock and lets the organizer move to the next phase, audited', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    t.clock.set('2026-05-20T10:00:00Z');
    expect((await request(t.http).get(`/api/events/${event.id}`)).body.phase).toBe('hacking');
    const advanced = await organizer.agent.post(`/api/events/${event.id}/phase/advance`).expect(200);
    expect(advanced.body.phase).toBe('judging');
    expect(advanced.body.timeline.submissionDeadline).toBe('2026-05-20T10:00:00.000Z');
    const audit = await organizer.agent.get(`/api/events/${event.id}/audit`).expect(200);
    expect(audit.body.items.map((entry: { action: string }) => entry.action).sort()).toEqual([
      'event.created',
      'event.phase-advanced',
      'event.updated',
    ]);
    expect(audit.body.items.find((entry: { action: string }) => entry.action === 'event.phase-advanced')).toMatchObject(
      {
        details: { from: 'hacking', to: 'judging' },
        actor: { id: organizer.id },
      },
    );
  });

  it('lets a user join as participant only while registration is open, and never as both juror and participant', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const juror = await registerUser(t, 'Juror');
    await grantRole(t, event.id, juror, 'jury');
    const joined = await juror.agent.post(`/api/events/${event.id}/join`).expect(409);
    expect(joined.body.code).toBe('ROLE_CONFLICT');

    t.clock.set('2026-05-22T10:00:00Z');
    const late = await registerUser(t, 'Late');
    const closed = await late.agent.post(`/api/events/${event.id}/join`).expect(409);
    expect(closed.body.code).toBe('REGISTRATION_CLOSED');
  });

  it('shows members to organizers only and keeps at least one organizer', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const participant = await registerUser(t, 'Participant');
    await participant.agent.post(`/api/events/${event.id}/join`).expect(200);
    await participant.agent.get(`/api/events/${event.id}/members`).expect(403);
    const members = await organizer.agent.get(`/api/events/${event.id}/members`).expect(200);
    expect(members.body.map((m: { role: string }) => m.role).sort()).toEqual(['organizer', 'participant']);
    const own = members.body.find((m: { role: string }) => m.role === 'organizer');
    const last = await organizer.agent.delete(`/api/events/${event.id}/members/${own.id}`).expect(409);
    expect(last.body.code).toBe('LAST_ORGANIZER');
    const other = members.body.find((m: { role: string }) => m.role === 'participant');
    await organizer.agent.delete(`/api/events/${event.id}/members/${other.id}`).expect(204);
  });

  it('refuses ids from another event', async () => {
    const organizerA = await registerUser(t, 'A');
    const organizerB = await registerUser(t, 'B');
    const eventA = await createEvent(t, organizerA);
    const eventB = await createEvent(t, organizerB);
    const membersB = await organizerB.agent.get(`/api/events/${eventB.id}/members`).expect(200);
    await organizerA.agent.delete(`/api/events/${eventA.id}/members/${membersB.body[0].id}`).expect(404);
    await organizerA.agent.patch(`/api/events/${eventB.id}`).send({ name: 'x' }).expect(403);
  });
});
