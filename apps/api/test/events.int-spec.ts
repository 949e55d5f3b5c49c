import request from 'supertest';
import { DataSource } from 'typeorm';
import { EventEntity } from '../src/events/event.entity.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

describe.each(drivers())('public events on %s', (driver) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(driver);
    const events = t.app.get(DataSource).getRepository(EventEntity);
    const timeline = (start: string) => ({
      registrationOpensAt: new Date(`${start}T08:00:00Z`),
      hackingStartsAt: new Date(`${start}T16:00:00Z`),
      submissionDeadline: new Date(Date.parse(`${start}T16:00:00Z`) + 2 * 86_400_000),
      judgingEndsAt: new Date(Date.parse(`${start}T16:00:00Z`) + 4 * 86_400_000),
    });
    await events.save([
      events.create({ slug: 'spring', name: 'Spring hack', isPublic: true, ...timeline('2026-05-19') }),
      events.create({ slug: 'autumn', name: 'Autumn hack', isPublic: true, ...timeline('2026-10-01') }),
      events.create({ slug: 'secret', name: 'Not yet announced', isPublic: false, ...timeline('2026-12-01') }),
    ]);
  });
  afterAll(() => t.close());

  it('lists public events newest first, with the phase derived from the clock', async () => {
    t.clock.set('2026-05-20T10:00:00Z');
    const response = await request(t.http).get('/api/events').expect(200);
    expect(response.body).toMatchObject({ total: 2, limit: 20, offset: 0 });
    expect(response.body.items.map((e: { slug: string; phase: string }) => [e.slug, e.phase])).toEqual([
      ['autumn', 'upcoming'],
      ['spring', 'hacking'],
    ]);
  });

  it('pages through the list', async () => {
    const response = await request(t.http).get('/api/events?limit=1&offset=1').expect(200);
    expect(response.body.items.map((e: { slug: string }) => e.slug)).toEqual(['spring']);
    expect(response.body.total).toBe(2);
  });

  it('returns one event with its settings and timeline in UTC', async () => {
    const response = await request(t.http).get('/api/events/spring').expect(200);
    expect(response.body).toMatchObject({
      slug: 'spring',
      timezone: 'Europe/Stockholm',
      maxTeamSize: 5,
      judgingMode: 'rubric',
      leaderboardVisibility: 'organizers-until-published',
      audienceVote: true,
      timeline: { hackingStartsAt: '2026-05-19T16:00:00.000Z', resultsPublishedAt: null },
    });
  });

  it('answers 404 for an event that is not public, the same as for one that does not exist', async () => {
    const hidden = await request(t.http).get('/api/events/secret').expect(404);
    const missing = await request(t.http).get('/api/events/missing').expect(404);
    expect(hidden.body.code).toBe('EVENT_NOT_FOUND');
    expect(missing.body.code).toBe('EVENT_NOT_FOUND');
  });

  it('answers 404 for an address that cannot be an event, even one the database could not compare', async () => {
    for (const slug of ['%00', 'a%00b', 'UPPER', 'not%20a%20slug']) {
      const response = await request(t.http).get(`/api/events/${slug}/leaderboard`).expect(404);
      expect(response.body.code).toBe('EVENT_NOT_FOUND');
    }
  });

  it('refuses bad paging with a message per field', async () => {
    const response = await request(t.http).get('/api/events?limit=500&offset=-1&sort=name').expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(response.body.fields).sort()).toEqual(['limit', 'offset', 'sort']);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await request(t.http).get('/api/nothing-here').expect(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });
});
