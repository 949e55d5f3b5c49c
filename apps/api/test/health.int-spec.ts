import request from 'supertest';
import { HealthService } from '../src/health/health.service.js';
import { MetricsService } from '../src/metrics/metrics.service.js';
import { registerUser } from './support/actors.js';
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
        ready: true,
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

    it('reports itself degraded, naming Redis, while it still serves', async () => {
      const response = await request(t.http).get('/api/health').expect(200);
      expect(response.body).toMatchObject({
        status: 'degraded',
        ready: true,
        database: { status: 'up' },
        redis: { status: 'down', configured: true },
      });
    });

    it('stays ready for traffic: reads and writes work without Redis', async () => {
      const response = await request(t.http).get('/api/health/ready').expect(200);
      expect(response.body).toMatchObject({ status: 'degraded', ready: true, redis: { status: 'down' } });
      await request(t.http).get('/api/events').expect(200);
      const user = await registerUser(t, 'No Redis');
      await user.agent.patch('/api/auth/me').send({ displayName: 'Still Served' }).expect(200);
    });

    it('says so in a metric', async () => {
      await request(t.http).get('/api/health').expect(200);
      const metrics = await t.app.get(MetricsService).registry.getSingleMetricAsString('hackboard_dependency_up');
      expect(metrics).toContain('hackboard_dependency_up{dependency="redis"} 0');
      expect(metrics).toContain('hackboard_dependency_up{dependency="database"} 1');
    });
  });

  describe('while stopping', () => {
    it('stops being ready before the instance drains', async () => {
      const t = await startTestApp(driver);
      await request(t.http).get('/api/health/ready').expect(200);
      t.app.get(HealthService).beforeApplicationShutdown();
      const response = await request(t.http).get('/api/health/ready').expect(503);
      expect(response.body).toMatchObject({ ready: false, database: { status: 'up' } });
      await t.close();
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
