import request from 'supertest';
import { ROLES, type AuthorizationWorld, authorizationWorld, worldParams } from './support/authorization-world.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

// `{event}` takes an id or a slug (an unknown one is 404), `{token}` is an opaque invitation token,
// `{provider}` the configured name of a sign-in provider.
const NOT_IDS = new Set(['event', 'token', 'provider']);
const MALFORMED = ['not-a-uuid', '12345', "1' OR '1'='1", '00000000-0000-0000-0000-00000000000g'];

describe.each(drivers())('malformed ids in paths on %s', (driver) => {
  let t: TestApp;
  let w: AuthorizationWorld;
  beforeAll(async () => {
    t = await startTestApp(driver);
    w = await authorizationWorld(t);
  }, 60_000);
  afterAll(() => t?.close());

  it('answers 400 "must be a UUID" naming the parameter, on every route of the OpenAPI document', async () => {
    const document = (await request(t.http).get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const params = worldParams(w);
    const failures: string[] = [];
    let walked = 0;
    for (const [template, methods] of Object.entries(document.paths)) {
      const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).filter((n) => !NOT_IDS.has(n));
      for (const method of Object.keys(methods).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))) {
        for (const [index, name] of names.entries()) {
          const malformed = MALFORMED[index % MALFORMED.length]!;
          const url = template.replace(/\{(\w+)\}/g, (_, other: string) =>
            encodeURIComponent(other === name ? malformed : params[other]!),
          );
          walked += 1;
          // The first role the access rule lets through reaches the parameter parser.
          const answers: string[] = [];
          let named = false;
          for (const role of ROLES) {
            const response = await w.send(role, method as Method, url).send({});
            answers.push(`${role} ${response.status} ${JSON.stringify(response.body).slice(0, 120)}`);
            if (response.status >= 500 || response.body?.message === 'The request body is not valid JSON.') break;
            if (response.status === 400 && response.body?.fields?.[name] === 'must be a UUID') {
              named = true;
              break;
            }
            if (![401, 403, 404].includes(response.status)) break;
          }
          if (!named)
            failures.push(`${method.toUpperCase()} ${template} with {${name}}=${malformed}: ${answers.at(-1)}`);
        }
      }
    }
    expect(walked).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  }, 120_000);
});
