import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  type CliContext,
  CliError,
  backupEvent,
  closeContext,
  createAdmin,
  migrate,
  openContext,
  restoreEvent,
} from '../src/cli/cli.commands.js';
import { AppConfig } from '../src/config/app-config.js';
import { parseEnv } from '../src/config/env.schema.js';
import { UserEntity } from '../src/users/user.entity.js';
import { createEvent, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { createTestDatabase, drivers } from './support/test-databases.js';

const contextOf = (t: TestApp): CliContext => ({ config: t.config, dataSource: t.app.get(DataSource), clock: t.clock });

describe.each(drivers())('operations CLI on %s', (driver) => {
  describe('migrate', () => {
    it('applies every migration to an empty database, then has nothing left to do', async () => {
      const database = await createTestDatabase(driver);
      const config = new AppConfig(parseEnv({ NODE_ENV: 'test', ...database.env }));
      const context = await openContext(config);
      try {
        const first = await migrate(context);
        expect(first.applied).toEqual(first.known);
        expect(first.known.length).toBeGreaterThanOrEqual(3);
        expect((await migrate(context)).applied).toEqual([]);
        const runner = context.dataSource.createQueryRunner();
        expect(await runner.hasTable('events')).toBe(true);
        await runner.release();
      } finally {
        await closeContext(context);
        await database.drop();
      }
    });
  });

  describe('with a running platform', () => {
    let t: TestApp;
    let folder: string;
    beforeAll(async () => {
      t = await startTestApp(driver);
      folder = mkdtempSync(join(tmpdir(), 'hackboard-cli-'));
    });
    afterAll(async () => {
      rmSync(folder, { recursive: true, force: true });
      await t.close();
    });

    const isAdmin = async (email: string) =>
      (await t.app.get(DataSource).getRepository(UserEntity).findOneByOrFail({ email })).isAdmin;

    it('create-admin makes a new platform admin who can sign in', async () => {
      const result = await createAdmin(contextOf(t), {
        email: ' Root@Example.TEST ',
        name: 'Root',
        password: () => 'a long enough password',
      });
      expect(result).toMatchObject({ email: 'root@example.test', created: true });
      expect(await isAdmin('root@example.test')).toBe(true);
      await request(t.http)
        .post('/api/auth/login')
        .send({ email: 'root@example.test', password: 'a long enough password' })
        .expect(200);
    });

    it('create-admin promotes an existing account without asking for or changing its password', async () => {
      const user = await registerUser(t, 'Future admin');
      const result = await createAdmin(contextOf(t), {
        email: user.email,
        name: 'ignored',
        password: () => {
          throw new Error('must not ask');
        },
      });
      expect(result).toEqual({ id: user.id, email: user.email, created: false });
      expect(await isAdmin(user.email)).toBe(true);
      await request(t.http).post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    });

    it('create-admin refuses a weak password, naming the problem', async () => {
      const attempt = createAdmin(contextOf(t), { email: 'weak@example.test', name: 'Weak', password: () => 'short' });
      await expect(attempt).rejects.toThrow(CliError);
      await expect(
        createAdmin(contextOf(t), { email: 'weak@example.test', name: 'Weak', password: () => 'short' }),
      ).rejects.toThrow(/password must be at least 10 characters/);
    });

    it('backup writes a file only its owner can read, and restore reads it into another database', async () => {
      const organizer = await registerUser(t, 'Organizer');
      const event = await createEvent(t, organizer);
      const file = join(folder, 'event.json');
      const backup = await backupEvent(contextOf(t), { event: event.slug, out: file });
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(backup);

      const target = await startTestApp(driver);
      try {
        const summary = await restoreEvent(contextOf(target), { in: file });
        expect(summary).toMatchObject({ event: { slug: event.slug }, migrated: [] });
        await request(target.http).get(`/api/events/${event.slug}`).expect(200);
      } finally {
        await target.close();
      }
    });

    it('restore says which file it cannot read', async () => {
      const file = join(folder, 'broken.json');
      writeFileSync(file, '{ not json');
      await expect(restoreEvent(contextOf(t), { in: file })).rejects.toThrow(/Cannot read .*broken\.json as JSON/);
    });
  });
});
