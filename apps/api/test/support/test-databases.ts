import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type Driver = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL points at a server. */
export function drivers(): Driver[] {
  return process.env['TEST_DATABASE_URL'] ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestDatabase {
  /** Environment entries that point the API at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A database of the test's own: a temporary SQLite folder, or a fresh PostgreSQL database dropped afterwards. */
export async function createTestDatabase(driver: Driver): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hackboard-test-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (driver === 'sqlite') return { env: { DATA_DIR: dataDir }, drop: async () => removeDir() };

  const adminUrl = process.env['TEST_DATABASE_URL']!;
  const name = `hackboard_test_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    drop: async () => {
      await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      removeDir();
    },
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
