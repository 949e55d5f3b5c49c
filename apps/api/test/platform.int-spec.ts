import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EventEntity } from '../src/events/event.entity.js';
import { ChallengeEntity } from '../src/challenges/challenge.entity.js';
import { OrganizationEntity } from '../src/organizations/organization.entity.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demo-data.js';
import { DemoSeedService } from '../src/seed/demo-seed.service.js';
import { SubmissionEntity } from '../src/submissions/submission.entity.js';
import { TeamEntity } from '../src/teams/team.entity.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

describe.each(drivers())('the whole platform on %s', (driver) => {
  let t: TestApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'hackboard-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Hackboard</title><div id="root"></div>');
    writeFileSync(join(webDir, 'app.js'), 'console.log("app")');
    t = await startTestApp(driver, { WEB_DIST_DIR: webDir, SEED_DEMO: 'true' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves the web app, its assets and its client-side routes from the API port', async () => {
    await request(t.http)
      .get('/')
      .expect(200)
      .expect('Content-Type', /html/)
      .expect(/id="root"/);
    await request(t.http)
      .get('/events/some-hack')
      .set('Accept', 'text/html')
      .expect(200)
      .expect(/id="root"/);
    await request(t.http)
      .get('/app.js')
      .expect(200)
      .expect('Content-Type', /javascript/);
  });

  it('never answers an API path with the web app', async () => {
    const response = await request(t.http).get('/api/missing').set('Accept', 'text/html').expect(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });

  it('publishes the OpenAPI document and its JSON', async () => {
    await request(t.http).get('/api/docs').expect(200).expect('Content-Type', /html/);
    const json = await request(t.http).get('/api/docs-json').expect(200);
    expect(json.body.info.title).toBe('Hackboard API');
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/events', '/api/events/{event}', '/api/auth/login']),
    );
    expect(json.body.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      'limit',
      'offset',
    ]);
  });

  it('seeds the demo event into an empty database exactly once', async () => {
    const events = t.app.get(DataSource).getRepository(EventEntity);
    expect(await events.count()).toBe(1);
    expect(await t.app.get(DemoSeedService).seedIfEmpty()).toBeNull();
    expect(await events.count()).toBe(1);
    const listed = await request(t.http).get('/api/events').expect(200);
    expect(listed.body.items[0].slug).toBe('open-data-hack-2026');
  });

  it('gives the demo an account for every role, a municipality and two agencies with challenges, and teams', async () => {
    const roles: Record<string, string> = {};
    for (const account of DEMO_ACCOUNTS) {
      const login = await request(t.http)
        .post('/api/auth/login')
        .send({ email: account.email, password: DEMO_PASSWORD })
        .expect(200);
      roles[account.key] = login.body.isAdmin ? 'admin' : (login.body.memberships[0]?.role ?? 'none');
    }
    expect(roles).toMatchObject({
      admin: 'admin',
      organizer: 'organizer',
      sodertalje: 'agency',
      trafikverket: 'agency',
      jury1: 'jury',
      participant: 'participant',
    });
    const data = t.app.get(DataSource);
    const kinds = (await data.getRepository(OrganizationEntity).find()).map((org) => org.kind).sort();
    expect(kinds).toEqual(['municipality', 'national-agency', 'national-agency']);
    expect(await data.getRepository(ChallengeEntity).count()).toBe(3);
    expect(await data.getRepository(TeamEntity).count()).toBe(3);
    expect(await data.getRepository(SubmissionEntity).countBy({ status: 'submitted' })).toBe(2);

    // Jurors with partial scores: the organizer's live board ranks the fully reviewed project first.
    const organizer = request.agent(t.http);
    await organizer
      .post('/api/auth/login')
      .send({ email: 'organizer@demo.hackboard.se', password: DEMO_PASSWORD })
      .expect(200);
    const board = await organizer.get('/api/events/open-data-hack-2026/leaderboard').expect(200);
    const top = board.body.standings[0];
    expect(top).toMatchObject({ rank: 1, title: 'Trygga skolvägen', reviews: 1, incompleteReviews: 1 });
    expect(top.score).toBeCloseTo((3 * 8 + 2 * 9 + 7) / 6, 6);
    const jury = request.agent(t.http);
    await jury.post('/api/auth/login').send({ email: 'jury2@demo.hackboard.se', password: DEMO_PASSWORD }).expect(200);
    const mine = await jury.get('/api/events/open-data-hack-2026/jury/me').expect(200);
    expect(JSON.stringify(mine.body)).toContain('Trygga skolvägen');
  });

  it('echoes a well-formed request id and makes one otherwise', async () => {
    await request(t.http).get('/api/health').set('X-Request-Id', 'lb-123').expect('X-Request-Id', 'lb-123');
    const made = await request(t.http).get('/api/health').set('X-Request-Id', 'bad id with spaces');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a request body over the size limit with 413', async () => {
    const response = await request(t.http)
      .post('/api/events')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ padding: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
