import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { freePort, onCleanUp, stopChild } from './processes.mjs';

export const root = resolve(import.meta.dirname, '../..');
const mainJs = join(root, 'apps/api/dist/main.js');
const cliJs = join(root, 'apps/api/dist/cli/main.js');

export const ADMIN_EMAIL = 'bench-admin@example.test';
export const ADMIN_PASSWORD = `bench-${randomBytes(12).toString('hex')}`;

export function assertBuilt() {
  for (const file of [mainJs, cliJs]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run "npx nx build api" first`);
  }
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh PostgreSQL database for this run, `hackboard_bench_<pid>`, created through `adminUrl`
 * (any database the role may connect to) and dropped at clean-up.
 */
export async function createDatabase(adminUrl) {
  const name = `hackboard_bench_${process.pid}`;
  try {
    await withClient(adminUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${name}`);
    });
  } catch (error) {
    throw new Error(`cannot create the database ${name} through ${adminUrl}: ${error.message}`);
  }
  onCleanUp(() => withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
  return { name, url: Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString() };
}

function runCli(args, env) {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [cliJs, ...args], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? done() : reject(new Error(`cli ${args[0]} exited ${code}: ${stderr}`))));
  });
}

/**
 * Starts the built API as its own process on a free port, with its own data folder and database
 * (SQLite in the data folder unless `databaseUrl` is given), and a platform admin made by the
 * operations CLI. Sign-in rate limits are raised: every actor signs in once before the load, from
 * the same address.
 */
export async function startApi({ databaseUrl, redisUrl, env: extra = {} } = {}) {
  assertBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'hackboard-bench-'));
  onCleanUp(() => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    APP_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    AUTH_RATE_LIMIT_PER_ADDRESS: '100000',
    AUTH_RATE_LIMIT_PER_ACCOUNT: '100000',
    // Each connection saves as fast as the API answers: far beyond a person's write budget.
    WRITE_BUDGET_SUBMISSIONS: '1000000/1m',
    WRITE_BUDGET_REVIEWS: '1000000/1m',
    WRITE_BUDGET_WRITES: '1000000/1m',
    WRITE_BUDGET_PROFILE: '1000000/1m',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    ...extra,
  };
  await runCli(['create-admin', '--email', ADMIN_EMAIL, '--name', 'Bench admin', '--password', ADMIN_PASSWORD], env);

  const child = spawn(process.execPath, [mainJs], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  onCleanUp(() => stopChild(child));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}:\n${stderr}`);
    const ready = await fetch(`${url}/api/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`the API was not ready within 30 s:\n${stderr}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  return { url, pid: child.pid, child, stderr: () => stderr };
}
