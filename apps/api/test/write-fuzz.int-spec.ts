import {
  CreateAnnouncementInput,
  RenameTeamInput,
  SaveReviewInput,
  UpdateChallengeInput,
  UpdateEventInput,
  UpdateProfileInput,
  UpdateSubmissionInput,
} from '@hackboard/contracts';
import fc from 'fast-check';
import request from 'supertest';
import type { z } from 'zod';
import {
  type AuthorizationWorld,
  MOMENTS,
  type Moment,
  type Role,
  authorizationWorld,
  worldParams,
} from './support/authorization-world.js';
import { RAW_HOSTILE_BODIES, hostileBody, hostileField, rowCounts, unstorable } from './support/hostile-input.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

type Method = 'post' | 'put' | 'patch' | 'delete';

/** A user-text endpoint: what it saves and where the saved text is read back. */
interface TextEndpoint {
  name: string;
  at: Moment;
  /** The text fields with their maximum length. */
  fields: Record<string, number>;
  /** The contract the body must satisfy: what it accepts must come back unchanged. */
  contract: z.ZodType;
  body: (w: AuthorizationWorld, texts: Record<string, string>) => Promise<Record<string, unknown>>;
  save: (w: AuthorizationWorld, body: Record<string, unknown>) => request.Test;
  /** The stored fields; `saved` is the answer to a save that succeeded. */
  read: (w: AuthorizationWorld, saved?: Record<string, unknown>) => Promise<Record<string, unknown>>;
}

const link = (text: string) => `https://example.org/${text}`;

const TEXT_ENDPOINTS: TextEndpoint[] = [
  {
    name: 'event description',
    at: 'judging',
    fields: { description: 20_000 },
    contract: UpdateEventInput,
    body: async (_, texts) => texts,
    save: (w, body) => w.send('organizer', 'patch', w.path()).send(body),
    read: async (w) => (await w.send('organizer', 'get', w.path()).expect(200)).body,
  },
  {
    name: 'challenge title and description',
    at: 'judging',
    fields: { title: 200, description: 20_000 },
    contract: UpdateChallengeInput,
    body: async (_, texts) => texts,
    save: (w, body) => w.send('organizer', 'patch', w.path(`/challenges/${w.ids.challenge}`)).send(body),
    read: async (w) => (await w.send('anonymous', 'get', w.path(`/challenges/${w.ids.challenge}`)).expect(200)).body,
  },
  {
    name: 'team name',
    at: 'hacking',
    fields: { name: 100 },
    contract: RenameTeamInput,
    body: async (_, texts) => texts,
    save: (w, body) => w.send('teammate', 'patch', w.path(`/teams/${w.ids.team}`)).send(body),
    read: async (w) => (await w.send('teammate', 'get', w.path(`/teams/${w.ids.team}`)).expect(200)).body,
  },
  {
    name: 'submission title, description and links',
    at: 'hacking',
    fields: { title: 200, description: 20_000, repositoryUrl: 1_000, demoUrl: 1_000 },
    contract: UpdateSubmissionInput,
    body: async (w, texts) => {
      const current = await w.send('teammate', 'get', w.path(`/submissions/${w.ids.submission}`)).expect(200);
      return {
        version: current.body.version,
        title: texts['title'],
        description: texts['description'],
        repositoryUrl: link(texts['repositoryUrl']!),
        demoUrl: link(texts['demoUrl']!),
      };
    },
    save: (w, body) => w.send('teammate', 'patch', w.path(`/submissions/${w.ids.submission}`)).send(body),
    read: async (w) => (await w.send('teammate', 'get', w.path(`/submissions/${w.ids.submission}`)).expect(200)).body,
  },
  {
    name: 'announcement',
    at: 'judging',
    fields: { body: 5_000 },
    contract: CreateAnnouncementInput,
    body: async (_, texts) => texts,
    save: (w, body) => w.send('organizer', 'post', w.path('/announcements')).send(body),
    // An announcement is new text: the saved one by its id, or how many there are.
    read: async (w, saved) => {
      const page = (await w.send('participant', 'get', w.path('/announcements?limit=100')).expect(200)).body;
      return saved ? page.items.find((item: { id: string }) => item.id === saved['id']) : { total: page.total };
    },
  },
  {
    name: 'profile display name',
    at: 'judging',
    fields: { displayName: 100 },
    contract: UpdateProfileInput,
    body: async (_, texts) => texts,
    save: (w, body) => w.send('participant', 'patch', '/api/auth/me').send(body),
    read: async (w) => (await w.send('participant', 'get', '/api/auth/me').expect(200)).body,
  },
  {
    name: 'review comment',
    at: 'judging',
    fields: { comment: 5_000 },
    contract: SaveReviewInput,
    body: async (_, texts) => texts,
    save: (w, body) =>
      w.send('jurorAssigned', 'put', w.path(`/rounds/${w.ids.round}/reviews/${w.ids.submission}`)).send(body),
    read: async (w) =>
      (await w.send('jurorAssigned', 'get', w.path(`/rounds/${w.ids.round}/reviews/${w.ids.submission}`)).expect(200))
        .body,
  },
];

/** The roles that may pass a write endpoint's access rule; the first that reaches validation sends the fuzz. */
const WRITERS: Role[] = ['admin', 'organizer', 'teammate', 'jurorAssigned', 'agency', 'mentor'];

describe.each(drivers())('hostile input to write endpoints on %s', (driver) => {
  let t: TestApp;
  let w: AuthorizationWorld;
  beforeAll(async () => {
    t = await startTestApp(driver);
    w = await authorizationWorld(t);
  }, 60_000);
  afterAll(() => t?.close());

  for (const endpoint of TEXT_ENDPOINTS) {
    it(`stores hostile but valid text of the ${endpoint.name} exactly as sent, and refuses the rest with a field message`, async () => {
      const texts = fc.record(
        Object.fromEntries(Object.entries(endpoint.fields).map(([field, max]) => [field, hostileField(max)])),
      );
      await fc.assert(
        fc.asyncProperty(texts, async (sent) => {
          t.clock.set(MOMENTS[endpoint.at]);
          const body = await endpoint.body(w, sent);
          const before = await endpoint.read(w);
          const answer = await endpoint.save(w, body);
          const after = await endpoint.read(w, answer.status < 300 ? answer.body : undefined);
          const storable = !Object.values(body).some((value) => typeof value === 'string' && unstorable(value));
          if (endpoint.contract.safeParse(body).success && storable) {
            expect(answer.status).toBeLessThan(300);
            for (const field of Object.keys(endpoint.fields)) expect(after[field]).toBe(body[field]);
          } else {
            expect(answer.status).toBe(400);
            expect(Object.keys(answer.body.fields ?? {}).length).toBeGreaterThan(0);
            expect(after).toEqual(before);
          }
        }),
        { numRuns: 15 },
      );
    });
  }

  it('never answers 5xx to hostile bodies, and changes nothing when it refuses one', async () => {
    t.clock.set(MOMENTS.judging);
    const document = (await request(t.http).get('/api/docs-json').expect(200)).body as {
      paths: Record<
        string,
        Partial<Record<Method, { requestBody?: { content: Record<string, { schema: unknown }> } }>>
      >;
    };
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      (['post', 'put', 'patch', 'delete'] as const)
        .filter((method) => methods[method]?.requestBody)
        .map((method) => {
          const schema = methods[method]!.requestBody!.content['application/json']?.schema as {
            properties?: Record<string, unknown>;
          };
          return { method, path, fields: Object.keys(schema?.properties ?? {}) };
        }),
    );
    expect(operations.length).toBeGreaterThan(30);

    const params = worldParams(w);
    let baseline = await rowCounts(t);
    const problems: string[] = [];

    for (const operation of operations) {
      const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!);
      const sendAs = (role: Role, text: string) =>
        w.send(role, operation.method, url).set('Content-Type', 'application/json').send(text);
      let writer: Role = 'admin';
      for (const role of WRITERS) {
        if ((await sendAs(role, '{"zz_unknown_field":1}')).status === 400) {
          writer = role;
          break;
        }
      }
      const attempt = async (text: string) => {
        const answer = await sendAs(writer, text);
        const counts = await rowCounts(t);
        const what = `${operation.method.toUpperCase()} ${operation.path} as ${writer} with ${text.slice(0, 120)}`;
        if (answer.status >= 500) problems.push(`${what} → ${answer.status}`);
        if (answer.status >= 400) {
          const changed = Object.keys(counts).filter((table) => counts[table] !== baseline[table]);
          if (changed.length > 0) problems.push(`${what} → ${answer.status} but changed ${changed.join(', ')}`);
        }
        baseline = counts;
        return answer.status < 500;
      };
      for (const raw of RAW_HOSTILE_BODIES) await attempt(raw);
      await fc.assert(
        fc.asyncProperty(hostileBody(operation.fields), async (body) => {
          await attempt(JSON.stringify(body) ?? 'null');
        }),
        { numRuns: 12 },
      );
    }
    expect(problems).toEqual([]);
    // Nothing sent reached the prototypes every object shares.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  }, 180_000);
});
