import { randomInt } from 'node:crypto';
import request from 'supertest';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

function limitsSuite(driver: typeof drivers extends () => (infer D)[] ? D : never, redisUrl?: string) {
  describe(`sign-in rate limits on ${driver}${redisUrl ? ' with Redis' : ''}`, () => {
    let t: TestApp;
    beforeAll(
      async () =>
        (t = await startTestApp(driver, {
          AUTH_RATE_LIMIT_PER_ADDRESS: '6',
          AUTH_RATE_LIMIT_PER_ACCOUNT: '3',
          ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
        })),
    );
    afterAll(() => t.close());

    // Fresh addresses each run: counters in a shared Redis outlive a test run.
    const address = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
    const login = (email: string, address: string, password = 'wrong password!') =>
      request(t.http).post('/api/auth/login').set('X-Forwarded-For', address).send({ email, password });

    it('blocks an account after repeated attempts, from whatever address they come', async () => {
      // Registered from an address of its own: a shared Redis keeps counting 127.0.0.1 across suites.
      const user = { email: `target-${randomInt(1e9)}@example.test`, password: 'correct horse battery' };
      await request(t.http)
        .post('/api/auth/register')
        .set('X-Forwarded-For', address())
        .send({ ...user, displayName: 'Target' })
        .expect(201);
      for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3'])
        expect((await login(user.email, address)).status).toBe(401);
      const blocked = await login(user.email, address(), user.password);
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('TOO_MANY_ATTEMPTS');
    });

    it('blocks an address that tries many accounts', async () => {
      const statuses: number[] = [];
      const from = address();
      const run = randomInt(1e9);
      for (let i = 0; i < 7; i++) statuses.push((await login(`someone-${run}-${i}@example.test`, from)).status);
      expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
      expect(statuses[6]).toBe(429);
      expect((await login(`fresh-${run}@example.test`, address())).status).toBe(401);
    });
  });
}

const [first] = drivers();
limitsSuite(first!);
if (process.env['TEST_REDIS_URL']) limitsSuite(first!, process.env['TEST_REDIS_URL']);

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp('sqlite')));
  afterAll(() => t.close());

  it('sends a strict content security policy and the usual hardening headers', async () => {
    const response = await request(t.http).get('/api/health');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps CORS closed unless origins are configured', async () => {
    const response = await request(t.http).get('/api/events').set('Origin', 'https://elsewhere.example');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
