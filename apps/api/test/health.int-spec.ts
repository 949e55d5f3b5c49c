import request from 'supertest';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

describe.each(drivers())('health on %s', (driver) => {
  describe('without Redis', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp(driver)));
    afterAll(() => t.close());

    it('reports the database up and Redis as not configured', async () => {
      const response = await request(t.http).get('/api/health').expect(200);
      expect(response.body).toMatchObject({
        status: 'ok',
        database: { status: 'up', driver },
        redis: { status: 'down', configured: false },
      });
    });

    it('is ready for traffic when the database answers', async () => {
      const response = await request(t.http).get('/api/health/ready').expect(200);
      expect(response.body).toMatchObject({ status: 'ok', database: { status: 'up', driver } });
      expect(response.headers['cache-control']).toBe('no-store');
    });
  });

  describe('with Redis unreachable', () => {
    let t: TestApp;
    // Nothing listens on port 1; the platform must still start and say what is wrong.
    beforeAll(async () => (t = await startTestApp(driver, { REDIS_URL: 'redis://127.0.0.1:1' })));
    afterAll(() => t.close());

    it('answers 503 and names Redis as down', async () => {
      const response = await request(t.http).get('/api/health').expect(503);
      expect(response.body).toMatchObject({
        status: 'degraded',
        database: { status: 'up' },
        redis: { status: 'down', configured: true },
      });
    });

    it('is not ready for traffic while the configured Redis does not answer', async () => {
      const response = await request(t.http).get('/api/health/ready').expect(503);
      expect(response.body).toMatchObject({ status: 'degraded', redis: { status: 'down', configured: true } });
    });
  });

  const withRedis = process.env['TEST_REDIS_URL'] ? describe : describe.skip;
  withRedis('with Redis', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp(driver, { REDIS_URL: process.env['TEST_REDIS_URL']! })));
    afterAll(() => t.close());

    it('reports Redis up', async () => {
      const response = await request(t.http).get('/api/health').expect(200);
      expect(response.body.redis).toEqual({ status: 'up', configured: true });
    });

    it('is ready for traffic', async () => {
      await request(t.http).get('/api/health/ready').expect(200);
    });
  });
});
