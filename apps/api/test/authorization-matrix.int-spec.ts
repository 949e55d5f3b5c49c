import request from 'supertest';
import { AUTHORIZATION_TABLE, type Answer, type Case, type Row } from './support/authorization-table.js';
import {
  type AuthorizationWorld,
  MOMENTS,
  ROLES,
  type Role,
  authorizationWorld,
  worldParams,
} from './support/authorization-world.js';
import { type TestOidcProvider, startOidcProvider } from './support/oidc-test-provider.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

async function runCase(w: AuthorizationWorld, row: Row, role: Role): Promise<Answer> {
  const [verb, template] = row.route.split(' ') as [string, string];
  const method = verb.toLowerCase() as Method;
  w.t.clock.set(MOMENTS[row.at ?? 'judging']);
  const c: Case = { w, role, params: worldParams(w) };
  Object.assign(c.params, (await row.prepare?.(c)) ?? {});
  const url =
    template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = c.params[name];
      if (!value) throw new Error(`${row.route}: nothing for {${name}}`);
      return value;
    }) + (row.query ? `?${row.query(c)}` : '');
  const cookie = row.ownSession ? await w.freshCookie(role) : undefined;
  const pending = w.send(role, method, url, cookie);
  const body = await row.body?.(c);
  const response = await (body === undefined ? pending : pending.send(body as object));
  const answer: Answer = { status: response.status, body: response.body, text: response.text ?? '' };
  try {
    await row.cleanup?.(c, answer);
  } finally {
    w.t.clock.set(MOMENTS.judging);
  }
  const problems: string[] = [];
  if (answer.status !== row.expect[role]) {
    problems.push(`expected ${row.expect[role]}, got ${answer.status} ${answer.text.slice(0, 200)}`);
  }
  if (answer.status >= 200 && answer.status < 300) {
    const leak = row.check?.(c, answer);
    if (leak) problems.push(leak);
  }
  if (problems.length > 0) throw new Error(problems.join('; '));
  return answer;
}

describe.each(drivers())('authorization matrix on %s', (driver) => {
  let t: TestApp;
  let w: AuthorizationWorld;
  let provider: TestOidcProvider;
  beforeAll(async () => {
    provider = await startOidcProvider({ redirectUris: ['http://hackboard.test/api/sso/agency/callback'] });
    t = await startTestApp(driver, {
      OIDC_PROVIDERS: 'agency',
      OIDC_REDIRECT_BASE_URL: 'http://hackboard.test',
      OIDC_AGENCY_ISSUER: provider.issuer,
      OIDC_AGENCY_CLIENT_ID: provider.clientId,
      OIDC_AGENCY_CLIENT_SECRET: provider.clientSecret,
    });
    w = await authorizationWorld(t);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  it('has exactly one row for every route the app registers', async () => {
    const document = (await request(t.http).get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const registered = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    const listed = AUTHORIZATION_TABLE.map((row) => row.route);
    expect(registered.length).toBeGreaterThan(80);
    expect(registered.filter((route) => !listed.includes(route))).toEqual([]);
    expect(listed.filter((route) => !registered.includes(route))).toEqual([]);
    expect(listed.filter((route, index) => listed.indexOf(route) !== index)).toEqual([]);
  });

  for (const row of AUTHORIZATION_TABLE) {
    const roles = ROLES.filter((role) => !row.knownBugs?.[role]);
    it(`${row.route} answers each role as the table says`, async () => {
      const failures: string[] = [];
      for (const role of roles) {
        try {
          await runCase(w, row, role);
        } catch (error) {
          failures.push(`${role}: ${(error as Error).message}`);
        }
      }
      expect(failures).toEqual([]);
    });
    for (const [role, bug] of Object.entries(row.knownBugs ?? {})) {
      it.skip(`${row.route} as ${role}: ${bug}`, () => undefined);
    }
  }
});
