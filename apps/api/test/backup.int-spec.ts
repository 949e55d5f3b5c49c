import type { EventDto } from '@hackboard/contracts';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AnonymisationService } from '../src/backup/anonymisation.service.js';
import type { EventBackup } from '../src/backup/backup.format.js';
import { BackupService } from '../src/backup/backup.service.js';
import { EventRecordsRepository } from '../src/backup/event-records.repository.js';
import { type TestUser, createEvent, grantRole, makeAdmin, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { type Driver, drivers } from './support/test-databases.js';

const AFTER_THE_EVENT = '2026-06-01T10:00:00Z';

interface World {
  event: EventDto;
  otherEvent: EventDto;
  admin: TestUser;
  organizer: TestUser;
  agency: TestUser;
  participants: [TestUser, TestUser];
  invitedEmail: string;
  teamName: string;
  submissionTitle: string;
}

/** An event with something in every table, built through the API, and a second event beside it. */
async function buildWorld(t: TestApp): Promise<World> {
  const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
  const organizer = await registerUser(t, 'Organizer');
  const event = await createEvent(t, organizer);
  const organization = await admin.agent
    .post('/api/organizations')
    .send({ name: `Södertälje kommun ${randomBytes(3).toString('hex')}`, kind: 'municipality' })
    .expect(201);
  const agency = await registerUser(t, 'Agency');
  await grantRole(t, event.id, agency, 'agency', organization.body.id);
  const challenge = await agency.agent
    .post(`/api/events/${event.id}/challenges`)
    .send({
      organizationId: organization.body.id,
      title: 'Safer school routes',
      description: 'Help children walk to school safely.',
      contactName: 'Anna Svensson',
      contactEmail: 'anna.svensson@example.se',
      datasets: [
        { title: 'Traffic counts', url: 'https://example.se/traffic.csv', format: 'CSV', licence: 'CC0 1.0' },
        { title: 'School locations', url: 'https://example.se/schools.json', format: 'JSON', licence: 'CC BY 4.0' },
      ],
    })
    .expect(201);

  const participants: [TestUser, TestUser] = [await registerUser(t, 'Alice'), await registerUser(t, 'Bob')];
  for (const participant of participants) await participant.agent.post(`/api/events/${event.id}/join`).expect(200);
  const teamName = `Team ${randomBytes(3).toString('hex')}`;
  const team = await participants[0].agent.post(`/api/events/${event.id}/teams`).send({ name: teamName }).expect(201);
  await participants[1].agent
    .post(`/api/events/${event.id}/teams/join`)
    .send({ inviteCode: team.body.inviteCode })
    .expect(200);
  const submission = await participants[0].agent
    .post(`/api/events/${event.id}/submissions`)
    .send({
      challengeId: challenge.body.id,
      title: 'Walk safe',
      summary: `Contact ${participants[0].email} for a demo`,
      datasets: [{ datasetId: challenge.body.datasets[0].id }, { title: 'OpenStreetMap', url: 'https://osm.org' }],
    })
    .expect(201);
  const submissionTitle = 'Walk safe, version two';
  await participants[1].agent
    .patch(`/api/events/${event.id}/submissions/${submission.body.id}`)
    .send({ version: submission.body.version, title: submissionTitle })
    .expect(200);

  await organizer.agent.post(`/api/events/${event.id}/announcements`).send({ body: 'Lunch is served' }).expect(201);
  const invitedEmail = `juror-${randomBytes(3).toString('hex')}@example.test`;
  await organizer.agent
    .post(`/api/events/${event.id}/invitations`)
    .send({ email: invitedEmail, role: 'jury' })
    .expect(201);

  // Another event that shares a participant: none of it may travel with the first one.
  const otherOrganizer = await registerUser(t, 'Other organizer');
  const otherEvent = await createEvent(t, otherOrganizer);
  await participants[0].agent.post(`/api/events/${otherEvent.id}/join`).expect(200);
  await participants[0].agent.post(`/api/events/${otherEvent.id}/teams`).send({ name: 'Elsewhere' }).expect(201);
  await otherOrganizer.agent
    .post(`/api/events/${otherEvent.id}/announcements`)
    .send({ body: 'Other news' })
    .expect(201);

  return { event, otherEvent, admin, organizer, agency, participants, invitedEmail, teamName, submissionTitle };
}

/** What must be equal between a backup and the backup of its restored copy. */
function content(backup: EventBackup) {
  return { event: backup.event, tables: backup.tables, shared: backup.shared };
}

async function query<T = Record<string, unknown>>(t: TestApp, sql: string, parameters: unknown[] = []): Promise<T[]> {
  const dataSource = t.app.get(DataSource);
  const postgres = dataSource.options.type === 'postgres';
  let index = 0;
  return dataSource.query(postgres ? sql.replace(/\?/g, () => `$${++index}`) : sql, parameters);
}

describe.each(drivers())('event backups taken on %s', (driver) => {
  let t: TestApp;
  let world: World;
  let backup: EventBackup;
  beforeAll(async () => {
    t = await startTestApp(driver);
    world = await buildWorld(t);
    backup = await t.app.get(BackupService).backup(world.event.slug);
  });
  afterAll(() => t.close());

  it('holds every table that belongs to the event, with its migrations and format version', () => {
    expect(backup).toMatchObject({
      format: 'hackboard-event-backup',
      version: 1,
      source: { driver },
      event: { id: world.event.id, slug: world.event.slug },
    });
    expect(backup.migrations.length).toBeGreaterThanOrEqual(3);
    const counts = Object.fromEntries(Object.entries(backup.tables).map(([name, rows]) => [name, rows.length]));
    expect(counts).toMatchObject({
      events: 1,
      event_roles: 4, // organizer, agency, two participants
      challenges: 1,
      datasets: 2,
      teams: 1,
      team_members: 2,
      submissions: 1,
      submission_datasets: 2,
      submission_revisions: 2,
      announcements: 1,
      invitations: 1,
    });
    expect(counts['audit_entries']).toBeGreaterThanOrEqual(6);
    expect(Object.keys(backup.tables)).not.toContain('users');
    expect(Object.keys(backup.tables)).not.toContain('sessions');
  });

  it('covers every table that hangs off the event, judging included, even when empty, but not the mail outbox', async () => {
    const schema = await t.app.get(EventRecordsRepository).schema();
    const eventTables = [...schema.values()]
      .filter((table) => table.foreignKeys.some((fk) => fk.table === 'events' && fk.onDelete === 'CASCADE'))
      .map((table) => table.name)
      .filter((name) => name !== 'outbox_mails');
    expect(eventTables.length).toBeGreaterThan(8);
    expect(Object.keys(backup.tables)).toEqual(expect.arrayContaining(eventTables));
    // Delivery state: a restore must not send old mails again.
    expect(backup.tables['outbox_mails']).toBeUndefined();
    if (schema.has('scores')) expect(Object.keys(backup.tables)).toEqual(expect.arrayContaining(['rounds', 'scores']));
  });

  it('carries the accounts and organizations the event refers to, so accounts keep working', () => {
    const users = backup.shared['users']!;
    const emails = users.map((user) => user['email']);
    expect(emails).toEqual(
      expect.arrayContaining([world.organizer.email, world.agency.email, ...world.participants.map((p) => p.email)]),
    );
    expect(users.every((user) => String(user['password_hash']).startsWith('scrypt$'))).toBe(true);
    expect(backup.shared['organizations']).toHaveLength(1);
    expect(backup.shared['sessions']).toBeUndefined();
  });

  it('leaves out everything of another event', () => {
    const text = JSON.stringify(backup);
    expect(text).not.toContain(world.otherEvent.id);
    expect(text).not.toContain('Other news');
    expect(text).not.toContain('Elsewhere');
  });

  for (const target of drivers()) {
    describe(`restored into a fresh ${target} database`, () => {
      let copy: TestApp;
      beforeAll(async () => (copy = await startTestApp(target)));
      afterAll(() => copy.close());

      it('holds every row of the event exactly as it was', async () => {
        const summary = await copy.app.get(BackupService).restore(JSON.parse(JSON.stringify(backup)));
        expect(summary.inserted).toMatchObject({ events: 1, team_members: 2, users: backup.shared['users']!.length });
        const again = await copy.app.get(BackupService).backup(world.event.slug);
        expect(content(again)).toEqual(content(backup));
      });

      it('lets the restored accounts sign in and see their event', async () => {
        const [alice] = world.participants;
        const agent = request.agent(copy.http);
        await agent.post('/api/auth/login').send({ email: alice.email, password: alice.password }).expect(200);
        const mine = await agent.get(`/api/events/${world.event.slug}/teams/mine`).expect(200);
        expect(mine.body.name).toBe(world.teamName);
      });

      it('refuses to restore the same event a second time, changing nothing', async () => {
        await expect(copy.app.get(BackupService).restore(backup)).rejects.toMatchObject({
          code: 'EVENT_EXISTS',
          message: expect.stringContaining(world.event.slug),
        });
        const teams = await query(copy, 'SELECT id FROM teams');
        expect(teams).toHaveLength(1);
      });
    });
  }

  it('reuses an account that already exists in the target with the same email', async () => {
    const copy = await startTestApp(driver);
    try {
      const [, bob] = world.participants;
      const local = request.agent(copy.http);
      const registered = await local
        .post('/api/auth/register')
        .send({ email: bob.email, password: 'another password 123', displayName: 'Bob here' })
        .expect(201);
      const summary = await copy.app.get(BackupService).restore(backup);
      expect(summary.matched).toEqual({ users: 1 });
      const members = await query<{ user_id: string }>(copy, 'SELECT user_id FROM team_members');
      expect(members.map((member) => member.user_id)).toContain(registered.body.id);
      expect(members.map((member) => member.user_id)).not.toContain(bob.id);
      const mine = await local.get(`/api/events/${world.event.slug}/teams/mine`).expect(200);
      expect(mine.body.name).toBe(world.teamName);
    } finally {
      await copy.close();
    }
  });

  it('refuses an event slug that is already taken in the target', async () => {
    await expect(t.app.get(BackupService).restore(backup)).rejects.toMatchObject({ code: 'EVENT_EXISTS' });
  });

  it('refuses a backup of a newer format version', async () => {
    await expect(t.app.get(BackupService).restore({ ...backup, version: 99 })).rejects.toMatchObject({
      code: 'BACKUP_TOO_NEW',
      message: expect.stringContaining('version 99'),
    });
  });

  it('refuses a backup taken at migrations this database does not have', async () => {
    const newer = { ...backup, migrations: [...backup.migrations, 'FutureFeature1900000000000'] };
    await expect(t.app.get(BackupService).restore(newer)).rejects.toMatchObject({
      code: 'SCHEMA_TOO_OLD',
      message: expect.stringContaining('FutureFeature1900000000000'),
    });
  });

  it('refuses a document that is not a backup', async () => {
    await expect(t.app.get(BackupService).restore({ hello: 'world' })).rejects.toMatchObject({
      code: 'BACKUP_INVALID',
    });
    await expect(t.app.get(BackupService).restore({ ...backup, tables: 'none' })).rejects.toMatchObject({
      code: 'BACKUP_INVALID',
    });
  });

  it('refuses to back up an event that does not exist', async () => {
    await expect(t.app.get(BackupService).backup('no-such-event')).rejects.toMatchObject({ code: 'EVENT_NOT_FOUND' });
  });
});

describe.each(drivers())('backups of tables added later on %s', (driver: Driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());

  it('include a new table that reaches the event through cascading foreign keys, without code changes', async () => {
    const id = driver === 'postgres' ? 'uuid' : 'varchar(36)';
    for (const app of [t]) {
      await query(
        app,
        `CREATE TABLE event_notes (id ${id} PRIMARY KEY, event_id ${id} NOT NULL REFERENCES events(id) ON DELETE CASCADE, note text NOT NULL)`,
      );
    }
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const noteId = '11111111-2222-4333-8444-555555555555';
    await query(t, 'INSERT INTO event_notes (id, event_id, note) VALUES (?, ?, ?)', [
      noteId,
      event.id,
      'remember the coffee',
    ]);
    const backup = await t.app.get(BackupService).backup(event.slug);
    expect(backup.tables['event_notes']).toEqual([{ id: noteId, event_id: event.id, note: 'remember the coffee' }]);
  });
});

describe.each(drivers())('anonymising a finished event on %s', (driver) => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await startTestApp(driver);
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('refuses while the event is still running', async () => {
    await expect(t.app.get(AnonymisationService).anonymise(world.event.slug)).rejects.toMatchObject({
      code: 'EVENT_NOT_ENDED',
    });
  });

  describe('after the event', () => {
    let before: EventBackup;
    let after: EventBackup;
    beforeAll(async () => {
      t.clock.set(AFTER_THE_EVENT);
      before = await t.app.get(BackupService).backup(world.event.slug);
      const summary = await t.app.get(AnonymisationService).anonymise(world.event.slug);
      expect(summary.participants).toBe(2);
      after = await t.app.get(BackupService).backup(world.event.slug);
    });

    it("removes every trace of the participants' email addresses and ids from the event's records", () => {
      const text = JSON.stringify(after.tables);
      for (const participant of world.participants) {
        expect(text).not.toContain(participant.email);
        expect(text).not.toContain(participant.id);
      }
      expect(JSON.stringify(after.shared)).not.toContain(world.participants[0].email);
    });

    it('puts pseudonyms without personal data in the participants’ places', () => {
      const members = after.tables['team_members']!;
      const pseudonyms = after.shared['users']!.filter((user) => members.some((m) => m['user_id'] === user['id']));
      expect(pseudonyms).toHaveLength(2);
      for (const pseudonym of pseudonyms) {
        expect(pseudonym).toMatchObject({ email: null, password_hash: null, display_name: 'Anonymised participant' });
        expect(pseudonym['erased_at']).not.toBeNull();
      }
    });

    it('removes invitation emails and announcement authors', () => {
      expect(after.tables['invitations']!.map((row) => row['email'])).toEqual(['anonymised@anonymised.invalid']);
      expect(JSON.stringify(after)).not.toContain(world.invitedEmail);
      expect(after.tables['announcements']!.map((row) => row['author_id'])).toEqual([null]);
    });

    it('keeps what the official record needs', () => {
      expect(after.tables['teams']!.map((row) => row['name'])).toEqual([world.teamName]);
      expect(after.tables['submissions']!.map((row) => row['title'])).toEqual([world.submissionTitle]);
      expect(after.tables['submissions']![0]!['summary']).toBe('Contact [removed] for a demo');
      expect(after.tables['challenges']).toEqual(before.tables['challenges']);
      const officials = (rows: EventBackup['tables'][string]) =>
        rows.filter((row) => row['role'] !== 'participant').map((row) => [row['user_id'], row['role']]);
      expect(officials(after.tables['event_roles']!)).toEqual(officials(before.tables['event_roles']!));
      expect(after.tables['audit_entries']!.map((row) => row['action'])).toContain('event.anonymised');
    });

    it("leaves the participants' accounts and their other events alone", async () => {
      const [alice] = world.participants;
      const agent = request.agent(t.http);
      await agent.post('/api/auth/login').send({ email: alice.email, password: alice.password }).expect(200);
      await agent.get(`/api/events/${world.event.slug}/teams/mine`).expect(403);
      const elsewhere = await agent.get(`/api/events/${world.otherEvent.slug}/teams/mine`).expect(200);
      expect(elsewhere.body.name).toBe('Elsewhere');
    });

    it('finds nobody left to anonymise the second time', async () => {
      const again = await t.app.get(AnonymisationService).anonymise(world.event.slug);
      expect(again.participants).toBe(0);
    });
  });
});
