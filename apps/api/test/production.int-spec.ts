import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const PRODUCTION = { NODE_ENV: 'production', APP_SECRET: randomBytes(32).toString('hex') };
// The test client connects from loopback, a trusted proxy by default: X-Forwarded-For names the client.
const FROM_OUTSIDE = '203.0.113.7';

describe.each(drivers())('in production on %s', (driver) => {
  describe('without METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp(driver, PRODUCTION)));
    afterAll(() => t.close());

    it('closes the metrics to addresses outside the internal network', async () => {
      const response = await request(t.http).get('/api/metrics').set('X-Forwarded-For', FROM_OUTSIDE).expect(403);
      expect(response.body).toEqual({ code: 'METRICS_INTERNAL_ONLY', message: expect.any(String) });
      expect(response.text).not.toContain('hackboard_http_request_duration_seconds');
      await request(t.http).get('/api/metrics').set('X-Forwarded-For', '2001:db8::1').expect(403);
    });

    it('answers a scraper on loopback or a private address', async () => {
      await request(t.http).get('/api/metrics').expect(200);
      for (const address of ['10.1.2.3', '172.20.0.5', '192.168.1.9', 'fd00::5']) {
        const response = await request(t.http).get('/api/metrics').set('X-Forwarded-For', address);
        expect([address, response.status]).toEqual([address, 200]);
      }
    });

    it('serves the API documentation by default', async () => {
      const document = await request(t.http).get('/api/docs-json').expect(200);
      expect(document.body.openapi).toMatch(/^3\./);
    });
  });

  describe('with METRICS_TOKEN and API_DOCS_ENABLED=false', () => {
    const token = 'scrape-token-0123456789abcdef';
    let t: TestApp;
    beforeAll(
      async () => (t = await startTestApp(driver, { ...PRODUCTION, METRICS_TOKEN: token, API_DOCS_ENABLED: 'false' })),
    );
    afterAll(() => t.close());

    it('answers the token from anywhere and nothing without it, even from inside', async () => {
      await request(t.http)
        .get('/api/metrics')
        .set('X-Forwarded-For', FROM_OUTSIDE)
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      await request(t.http).get('/api/metrics').expect(401);
    });

    it('does not serve the API documentation', async () => {
      await request(t.http).get('/api/docs-json').expect(404);
      await request(t.http).get('/api/docs').expect(404);
    });
  });
});
