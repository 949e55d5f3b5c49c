import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity.js';
import { UserEntity } from '../src/users/user.entity.js';
import { createEvent, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

describe.each(drivers())('personal data on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set('2026-05-20T10:00:00Z'));

  async function participantWithTeam() {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const person = await registerUser(t, 'Person');
    await person.agent.post(`/api/events/${event.id}/join`).expect(200);
    const team = await person.agent
      .post(`/api/events/${event.id}/teams`)
      .send({ name: `Team ${Date.now()}` })
      .expect(201);
    return { organizer, event, person, team: team.body };
  }

  it('lets a person download everything held about them, without secrets', async () => {
    const { person, team } = await participantWithTeam();
    const response = await person.agent.get('/api/me/data').expect(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(response.body).toMatchObject({
      format: 'hackboard-personal-data',
      account: { id: person.id, email: person.email },
    });
    expect(response.body.account).not.toHaveProperty('password_hash');
    expect(Object.keys(response.body.records)).toEqual(
      expect.arrayContaining(['event_roles', 'sessions', 'team_members']),
    );
    expect(response.body.records.sessions[0]).not.toHaveProperty('token_hash');
    expect(response.body.records.teams.map((row: { id: string }) => row.id)).toContain(team.id);
    await request(t.http).get('/api/me/data').expect(401);
  });

  it('erases an account: personal data goes, the team keeps its place, the audit log records it without the data', async () => {
    const { organizer, event, person, team } = await participantWithTeam();
    await person.agent.delete('/api/me').send({ password: 'wrong password', confirm: 'ERASE' }).expect(403);
    await person.agent.delete('/api/me').send({ password: person.password }).expect(400);
    await person.agent.delete('/api/me').send({ password: person.password, confirm: 'ERASE' }).expect(204);

    await person.agent.get('/api/auth/me').expect(401);
    await request(t.http).post('/api/auth/login').send({ email: person.email, password: person.password }).expect(401);
    const row = await t.app.get(DataSource).getRepository(UserEntity).findOneByOrFail({ id: person.id });
    expect(row).toMatchObject({ email: null, passwordHash: null, displayName: 'Deleted user' });
    expect(row.erasedAt).not.toBeNull();

    const teams = await organizer.agent.get(`/api/events/${event.id}/teams`).expect(200);
    const kept = teams.body.items.find((item: { id: string }) => item.id === team.id);
    expect(kept.name).toBe(team.name);
    expect(JSON.stringify(kept)).not.toContain(person.email);

    const entries = await t.app
      .get(DataSource)
      .getRepository(AuditEntryEntity)
      .findBy({ action: 'user.erased', targetId: person.id });
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries[0])).not.toContain(person.email);

    // The address is free again.
    await request(t.http)
      .post('/api/auth/register')
      .send({ email: person.email, password: 'a new long password', displayName: 'New' })
      .expect(201);
  });
});
