import type { SubmissionDto, SubmissionRevisionPageDto } from '@hackboard/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ChallengeEntity } from '../src/challenges/challenge.entity.js';
import { OrganizationEntity } from '../src/organizations/organization.entity.js';
import { REVISION_FOLD_MS } from '../src/submissions/revision-folding.js';
import { type TestUser, createEvent, registerUser } from './support/actors.js';
import { expectStatus } from './support/judging-world.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const HACKING = Date.parse('2026-05-20T10:00:00Z');

describe.each(drivers())('submission revisions on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());
  beforeEach(() => t.clock.set(new Date(HACKING).toISOString()));

  const at = (ms: number) => t.clock.set(new Date(HACKING + ms).toISOString());

  /** A team of Alice and Bob with a draft to one challenge. */
  async function draft() {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const db = t.app.get(DataSource);
    const organization = await db
      .getRepository(OrganizationEntity)
      .save({ name: `Myndighet ${randomBytes(3).toString('hex')}`, kind: 'national-agency', website: null });
    const challenge = await db
      .getRepository(ChallengeEntity)
      .save({ eventId: event.id, organizationId: organization.id, title: 'Safer school routes' });
    const [alice, bob] = [await registerUser(t, 'Alice'), await registerUser(t, 'Bob')];
    for (const member of [alice, bob]) await member.agent.post(`/api/events/${event.id}/join`).expect(200);
    const team = await expectStatus<{ inviteCode: string }>(
      alice.agent.post(`/api/events/${event.id}/teams`).send({ name: `Team ${randomBytes(3).toString('hex')}` }),
      201,
    );
    await bob.agent.post(`/api/events/${event.id}/teams/join`).send({ inviteCode: team.inviteCode }).expect(200);
    const created = await expectStatus<SubmissionDto>(
      alice.agent.post(`/api/events/${event.id}/submissions`).send({ title: 'Start', challengeId: challenge.id }),
      201,
    );
    const path = `/api/events/${event.id}/submissions/${created.id}`;
    let version = created.version;
    const save = async (user: TestUser, summary: string) => {
      const saved = await expectStatus<SubmissionDto>(user.agent.patch(path).send({ version, summary }), 200);
      version = saved.version;
      return saved;
    };
    const act = async (user: TestUser, action: 'submit' | 'withdraw') => {
      const saved = await expectStatus<SubmissionDto>(user.agent.post(`${path}/${action}`).send({ version }), 200);
      version = saved.version;
    };
    const history = (query = '') =>
      expectStatus<SubmissionRevisionPageDto>(alice.agent.get(`${path}/revisions${query}`), 200);
    return { alice, bob, save, act, history, path };
  }

  const summaries = (page: SubmissionRevisionPageDto) =>
    page.items.map((item) => [item.version, item.snapshot.summary, item.snapshot.status]);

  it("folds one person's draft saves minutes apart into one revision, up to the edge of the window", async () => {
    const s = await draft();
    at(1_000);
    await s.save(s.alice, 'one');
    at(1_000 + REVISION_FOLD_MS);
    await s.save(s.alice, 'two');
    at(1_000 + 2 * REVISION_FOLD_MS);
    await s.save(s.alice, 'three');
    // One millisecond past the window: a revision of its own.
    at(1_001 + 3 * REVISION_FOLD_MS);
    await s.save(s.alice, 'four');
    expect(summaries(await s.history())).toEqual([
      [5, 'four', 'draft'],
      [4, 'three', 'draft'],
    ]);
  });

  it('keeps saves by another person apart, and every submitted version', async () => {
    const s = await draft();
    await s.save(s.alice, 'alice');
    await s.save(s.bob, 'bob');
    await s.act(s.bob, 'submit');
    await s.save(s.bob, 'polished after submitting');
    await s.save(s.bob, 'polished again');
    await s.act(s.alice, 'withdraw');
    await s.save(s.alice, 'reworked');
    await s.save(s.alice, 'reworked more');
    expect(summaries(await s.history())).toEqual([
      [9, 'reworked more', 'draft'],
      [6, 'polished again', 'submitted'],
      [5, 'polished after submitting', 'submitted'],
      [4, 'bob', 'submitted'],
      [3, 'bob', 'draft'],
      [2, 'alice', 'draft'],
    ]);
  });

  it('pages the history like the other lists, newest first, and refuses a page too large', async () => {
    const s = await draft();
    for (let i = 1; i <= 25; i++) {
      at(i * (REVISION_FOLD_MS + 1));
      await s.save(s.alice, `save ${i}`);
    }
    const first = await s.history();
    expect(first).toMatchObject({ total: 26, limit: 20, offset: 0 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.snapshot.summary).toBe('save 25');
    const second = await s.history('?limit=20&offset=20');
    expect(second.items.map((item) => item.snapshot.summary)).toEqual([
      'save 5',
      'save 4',
      'save 3',
      'save 2',
      'save 1',
      '',
    ]);
    const tooMany = await s.alice.agent.get(`${s.path}/revisions?limit=101`).expect(400);
    expect(tooMany.body.fields).toEqual({ limit: expect.any(String) });
  });
});
