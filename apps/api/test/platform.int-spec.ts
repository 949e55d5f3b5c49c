import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EventEntity } from '../src/events/event.entity.js';
import { DemoSeedService } from '../src/seed/demo-seed.service.js';
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
