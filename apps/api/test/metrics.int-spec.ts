import type { AddressInfo } from 'node:net';
import { io } from 'socket.io-client';
import request from 'supertest';
import { MetricsService } from '../src/metrics/metrics.service.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

/** The value of one series in a Prometheus text exposition, or undefined when it is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe.each(drivers())('metrics on %s', (driver) => {
  describe('with the defaults', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp(driver)));
    afterAll(() => t.close());

    it('exposes the platform series and the process metrics in the Prometheus format', async () => {
      const response = await request(t.http).get('/api/metrics').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      for (const name of [
        'hackboard_http_request_duration_seconds',
        'hackboard_socket_connections',
        'hackboard_leaderboard_pushes_total',
        'hackboard_leaderboard_push_latency_seconds',
        'hackboard_scores_saved_total',
        'process_cpu_user_seconds_total',
        'nodejs_heap_size_used_bytes',
      ]) {
        expect(response.text).toContain(`# TYPE ${name} `);
      }
    });

    it('counts an HTTP request under its route template and status', async () => {
      await request(t.http).get('/api/events/no-such-event').expect(404);
      await request(t.http).get('/api/events/another-missing-one').expect(404);
      const { text } = await request(t.http).get('/api/metrics').expect(200);
      const series =
        'hackboard_http_request_duration_seconds_count{method="GET",route="/api/events/:event",status="404"}';
      expect(sample(text, series)).toBe(2);
    });

    it('groups paths that match no route, so probing cannot create new series', async () => {
      await request(t.http).get('/api/nothing/here/1').expect(404);
      await request(t.http).get('/api/nothing/here/2').expect(404);
      const { text } = await request(t.http).get('/api/metrics').expect(200);
      expect(
        sample(text, 'hackboard_http_request_duration_seconds_count{method="GET",route="(unmatched)",status="404"}'),
      ).toBe(2);
      expect(text).not.toContain('/api/nothing/here');
    });

    it('counts what features report through MetricsService', async () => {
      const metrics = t.app.get(MetricsService);
      metrics.scoreSaved();
      metrics.scoreSaved();
      metrics.leaderboardPushed(0.02);
      const { text } = await request(t.http).get('/api/metrics').expect(200);
      expect(sample(text, 'hackboard_scores_saved_total')).toBe(2);
      expect(sample(text, 'hackboard_leaderboard_pushes_total')).toBe(1);
      expect(sample(text, 'hackboard_leaderboard_push_latency_seconds_bucket{le="0.025"}')).toBe(1);
      expect(sample(text, 'hackboard_leaderboard_push_latency_seconds_bucket{le="0.01"}')).toBe(0);
    });

    it('tracks connected sockets', async () => {
      await t.app.listen(0, '127.0.0.1');
      const url = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
      const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const connected = await request(t.http).get('/api/metrics').expect(200);
      expect(sample(connected.text, 'hackboard_socket_connections')).toBe(1);

      socket.disconnect();
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const { text } = await request(t.http).get('/api/metrics').expect(200);
        if (sample(text, 'hackboard_socket_connections') === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error('the socket gauge did not go back to 0');
    });
  });

  describe('with METRICS_TOKEN set', () => {
    const token = 'scrape-token-0123456789abcdef';
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp(driver, { METRICS_TOKEN: token })));
    afterAll(() => t.close());

    it('refuses a scrape without the bearer token', async () => {
      const response = await request(t.http).get('/api/metrics').expect(401);
      expect(response.body.code).toBe('METRICS_TOKEN_REQUIRED');
      await request(t.http).get('/api/metrics').set('Authorization', 'Bearer wrong-token-of-any-length').expect(401);
    });

    it('answers a scrape with the bearer token', async () => {
      const response = await request(t.http).get('/api/metrics').set('Authorization', `Bearer ${token}`).expect(200);
      expect(response.text).toContain('hackboard_http_request_duration_seconds');
    });
  });

  describe('with METRICS_ENABLED=false', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp(driver, { METRICS_ENABLED: 'false' })));
    afterAll(() => t.close());

    it('answers 404, like a path that does not exist', async () => {
      const response = await request(t.http).get('/api/metrics').expect(404);
      expect(response.body.code).toBe('METRICS_DISABLED');
    });
  });

  describe('with INSTANCE_ID set', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp(driver, { INSTANCE_ID: 'api-7' })));
    afterAll(() => t.close());

    it('names the instance that answered', async () => {
      const response = await request(t.http).get('/api/health').expect(200);
      expect(response.headers['x-instance-id']).toBe('api-7');
    });
  });
});
