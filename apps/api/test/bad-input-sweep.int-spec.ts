import request from 'supertest';
import { DataSource } from 'typeorm';
import { grantRole, makeAdmin, registerUser } from './support/actors.js';
import { HACKING, judgingWorld, MISSING } from './support/judging-world.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

type Operation = { method: 'post' | 'put' | 'patch'; path: string; hasBody: boolean };

/** Bodies no write endpoint may accept: unknown fields, wrong shapes, hostile keys. */
const BAD_BODIES: unknown[] = [
  { zz_unknown_field: 1 },
  [],
  'just a string',
  42,
  { __proto__: { isAdmin: true }, constructor: { prototype: { polluted: true } } },
  { title: { nested: { deeper: { deepest: ['x'] } } }, name: ['array'], email: 7, zz_unknown_field: null },
];

async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const dataSource = t.app.get(DataSource);
  const tables: { name: string }[] = await dataSource.query(
    dataSource.options.type === 'postgres'
      ? 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()'
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await dataSource.query(`SELECT COUNT(*) AS n FROM "${name}"`);
    counts[name] = Number(row.n);
  }
  return counts;
}

describe.each(drivers())('bad input to every write endpoint on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());

  it('answers 400 with a message per field (413 when too large), never 2xx or 5xx, and stores nothing', async () => {
    t.clock.set(HACKING);
    const world = await judgingWorld(t, { challenges: 1, perChallenge: 1, jurors: 1 });
    const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
    // One of these passes each endpoint's access rule, so the body reaches validation.
    const mentor = await registerUser(t, 'Mentor');
    await grantRole(t, world.event.id, mentor, 'mentor');
    const actors = [admin, world.organizer, world.participant, world.jurors[0]!, world.agency, mentor];

    const document = (await request(t.http).get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    const operations: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
      (['post', 'put', 'patch'] as const)
        .filter((method) => methods[method])
        .map((method) => ({ method, path, hasBody: methods[method]!.requestBody !== undefined })),
    );
    const withBody = operations.filter((operation) => operation.hasBody);
    expect(withBody.length).toBeGreaterThan(30);

    const before = await rowCounts(t);
    const problems: string[] = [];
    for (const operation of withBody) {
      const url = operation.path
        .replace('{event}', world.event.id)
        .replace('{token}', 'not-a-real-token')
        .replace(/\{[^}]+\}/g, MISSING);
      for (const body of BAD_BODIES) {
        let reachedValidation = false;
        for (const actor of actors) {
          const response = await actor.agent[operation.method](url)
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body));
          if (response.status >= 500 || response.status < 300) {
            problems.push(
              `${operation.method.toUpperCase()} ${operation.path} ${JSON.stringify(body)} → ${response.status}`,
            );
            break;
          }
          if (response.status === 400) {
            if (!response.body.fields || Object.keys(response.body.fields).length === 0) {
              problems.push(`${operation.method.toUpperCase()} ${operation.path} → 400 without per-field messages`);
            }
            reachedValidation = true;
            break;
          }
        }
        if (!reachedValidation && !problems.some((p) => p.includes(operation.path))) {
          problems.push(
            `${operation.method.toUpperCase()} ${operation.path} ${JSON.stringify(body)}: no actor reached validation`,
          );
        }
      }
      const huge = await admin.agent[operation.method](url)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ text: 'x'.repeat(1_100_000) }));
      if (huge.status !== 413)
        problems.push(`${operation.method.toUpperCase()} ${operation.path} oversized → ${huge.status}`);
    }
    expect(problems).toEqual([]);
    const after = await rowCounts(t);
    // Signing in writes sessions; nothing else may change.
    delete before['sessions'];
    delete after['sessions'];
    expect(after).toEqual(before);
  }, 120_000); // a sweep over every write endpoint of the OpenAPI document: it grows with the API
});
