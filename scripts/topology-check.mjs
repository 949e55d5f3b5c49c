// The multi-instance topology, end to end, on the built platform (run after `npm run build`):
// two API processes sharing one fresh PostgreSQL database and Redis, nginx in front of them with
// the load-balancer configuration of docker/nginx.conf, the operations CLI as an operator uses it,
// and a Socket.IO client that must hear every write whichever instance served it.
//
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test TEST_REDIS_URL=redis://127.0.0.1:6379 \
//     node scripts/topology-check.mjs
//
// Skips (exit 0) without TEST_DATABASE_URL, TEST_REDIS_URL or nginx; stops itself after 120 s.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { io } from 'socket.io-client';

const root = resolve(import.meta.dirname, '..');
const DEADLINE_MS = 120_000;
const adminUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;
const nginxBin = process.env.NGINX_BIN ?? ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));

const started = Date.now();
let checks = 0;
const pass = (what) => {
  checks += 1;
  console.log(`  ✓ ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};
const fail = (message) => {
  throw new Error(message);
};

if (!adminUrl || !redisUrl || !nginxBin) {
  const missing = [!adminUrl && 'TEST_DATABASE_URL', !redisUrl && 'TEST_REDIS_URL', !nginxBin && 'nginx'].filter(
    Boolean,
  );
  console.log(`topology check skipped: no ${missing.join(', ')}`);
  process.exit(0);
}
for (const built of ['apps/api/dist/main.js', 'apps/api/dist/cli/main.js', 'apps/web/dist/index.html']) {
  if (!existsSync(join(root, built))) {
    console.error(`${built} is missing: run "npm run build" first.`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'hackboard-topology-'));
const databaseName = `hackboard_topology_${randomBytes(6).toString('hex')}`;
const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${databaseName}` }).toString();
const secret = randomBytes(32).toString('hex');
const children = [];
const sockets = [];

const env = (extra = {}) => ({
  PATH: process.env.PATH,
  NODE_ENV: 'production',
  APP_SECRET: secret,
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  DATA_DIR: join(work, 'data'),
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'false',
  ...extra,
});

async function withDatabase(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs the operations CLI like an operator would; resolves with its exit code and output. */
function cli(args, { env: cliEnv = env(), input } = {}) {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [join(root, 'apps/api/dist/cli/main.js'), ...args], {
      cwd: root,
      env: cliEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

function freePort() {
  return new Promise((done, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function startApi(name, port) {
  const child = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: env({ PORT: String(port), HOST: '127.0.0.1', INSTANCE_ID: name }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  children.push({ name, child, stderr: () => stderr });
  return { name, child, url: `http://127.0.0.1:${port}` };
}

async function waitFor(what, probe, { timeoutMs = 30_000, process: child } = {}) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) fail(`${what}: the process exited with code ${child.exitCode}`);
    try {
      if (await probe()) return;
    } catch {
      // not there yet
    }
    if (Date.now() > until) fail(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/**
 * docker/nginx.conf with this machine's addresses: the API containers become the two local
 * processes, nginx listens on a free local port, and logs and temporary files go to the work folder.
 * Everything else (headers, WebSocket upgrade, stickiness, routes) is checked as written.
 */
function nginxConfig(port, upstreams) {
  const source = readFileSync(join(root, 'docker/nginx.conf'), 'utf8');
  let servers = 0;
  const config = source
    .replace(/^\s*resolver .*;$/m, '')
    .replace(/^(\s*)server api-\d+:3000( resolve)?(.*);$/gm, (_, indent, _resolve, rest) => {
      servers += 1;
      return `${indent}server ${upstreams[servers - 1]}${rest};`;
    })
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/\/var\/log\/nginx\//g, `${work}/nginx/`)
    .replace(
      /^http \{$/m,
      `http {\n  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
        .map((kind) => `${kind}_temp_path ${work}/nginx/${kind};`)
        .join('\n  ')}`,
    );
  if (servers !== upstreams.length)
    fail(`docker/nginx.conf names ${servers} API servers, expected ${upstreams.length}`);
  return config;
}

function cookiesOf(response) {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

async function json(response, expected, what) {
  const text = await response.text();
  if (response.status !== expected) fail(`${what}: expected ${expected}, got ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function main() {
  console.log(`topology check: 2 API instances + nginx (${nginxBin}) + PostgreSQL + Redis`);
  await withDatabase(adminUrl, (client) => client.query(`CREATE DATABASE ${databaseName}`));

  // The operations CLI, as built, against the fresh database.
  const refused = await cli(['migrate'], { env: { ...env(), APP_SECRET: '' } });
  if (refused.code !== 78 || !refused.stderr.includes('APP_SECRET')) {
    fail(`a missing APP_SECRET must stop the CLI with exit 78: got ${refused.code} ${refused.stderr}`);
  }
  pass('a missing APP_SECRET stops start-up with exit code 78, naming the variable');
  const migrated = await cli(['migrate']);
  const applied = migrated.stderr.split('\n').filter((line) => line.startsWith('Applied migration'));
  if (migrated.code !== 0 || applied.length < 3) fail(`cli migrate failed: ${migrated.code} ${migrated.stderr}`);
  pass(`cli migrate applied ${applied.length} migrations`);
  const adminEmail = 'ops-admin@example.test';
  const adminPassword = `pw-${randomBytes(12).toString('hex')}`;
  const created = await cli(['create-admin', '--email', adminEmail, '--name', 'Ops admin'], {
    input: `${adminPassword}\n`,
  });
  if (created.code !== 0 || !created.stderr.includes('Created platform admin')) {
    fail(`cli create-admin failed: ${created.code} ${created.stderr}`);
  }
  pass('cli create-admin read the password from stdin and made a platform admin');

  // Two instances and the load balancer.
  const [portA, portB, portLb] = [await freePort(), await freePort(), await freePort()];
  const apiA = startApi('api-a', portA);
  const apiB = startApi('api-b', portB);
  for (const api of [apiA, apiB]) {
    await waitFor(`${api.name} ready`, async () => (await fetch(`${api.url}/api/health/ready`)).ok, {
      process: api.child,
    });
  }
  pass('both instances are ready (database and Redis answer)');

  mkdirSync(join(work, 'nginx'), { recursive: true });
  const conf = join(work, 'nginx.conf');
  writeFileSync(conf, nginxConfig(portLb, [`127.0.0.1:${portA}`, `127.0.0.1:${portB}`]));
  const nginxArgs = ['-c', conf, '-p', `${work}/nginx/`];
  const syntax = spawnSync(nginxBin, [...nginxArgs, '-t', '-g', `pid ${work}/nginx.pid;`], { encoding: 'utf8' });
  if (syntax.status !== 0) fail(`nginx rejects the configuration:\n${syntax.stderr}`);
  const nginx = spawn(nginxBin, [...nginxArgs, '-g', `daemon off; pid ${work}/nginx.pid;`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push({ name: 'nginx', child: nginx, stderr: () => '' });
  const lb = `http://127.0.0.1:${portLb}`;
  await waitFor('nginx', async () => (await fetch(`${lb}/nginx-health`)).ok, { process: nginx });
  pass('nginx runs docker/nginx.conf in front of both instances');

  // Through the balancer.
  const health = await fetch(`${lb}/api/health/ready`, { headers: { 'X-Request-Id': 'topology-check-1' } });
  await json(health, 200, 'readiness through nginx');
  if (health.headers.get('x-request-id') !== 'topology-check-1') fail('nginx must pass X-Request-Id through');
  const servedBy = health.headers.get('x-instance-id');
  if (!['api-a', 'api-b'].includes(servedBy)) fail(`no X-Instance-Id through nginx: ${servedBy}`);
  pass(`health through nginx: 200, request id kept, served by ${servedBy}`);
  if ((await fetch(`${lb}/api/metrics`)).status !== 404) fail('nginx must not expose /api/metrics');
  pass('nginx keeps /api/metrics internal');

  const adminLogin = await fetch(`${lb}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
  });
  await json(adminLogin, 200, 'admin login through nginx');
  const admin = cookiesOf(adminLogin);
  const day = 86_400_000;
  const now = Date.now();
  const slug = `topology-${randomBytes(3).toString('hex')}`;
  const post = (base, path, body, cookie) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(body),
    });
  const event = await json(
    await post(
      lb,
      '/api/events',
      {
        slug,
        name: 'Topology hack',
        timeline: {
          registrationOpensAt: new Date(now - day).toISOString(),
          hackingStartsAt: new Date(now + day).toISOString(),
          submissionDeadline: new Date(now + 2 * day).toISOString(),
          judgingEndsAt: new Date(now + 3 * day).toISOString(),
        },
      },
      admin,
    ),
    201,
    'creating the event',
  );
  await json(
    await fetch(`${lb}/api/events/${event.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Cookie: admin },
      body: JSON.stringify({ isPublic: true }),
    }),
    200,
    'publishing the event',
  );
  pass(`the CLI-made admin signed in through nginx and created the public event ${slug}`);

  const email = `participant-${randomBytes(3).toString('hex')}@example.test`;
  await json(
    await post(lb, '/api/auth/register', { email, password: 'correct horse battery', displayName: 'Participant' }),
    201,
    'registering',
  );
  const login = await fetch(`${lb}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery' }),
  });
  await json(login, 200, 'participant login through nginx');
  const participant = cookiesOf(login);
  await json(await post(lb, `/api/events/${event.id}/join`, {}, participant), 200, 'joining the event');
  pass('a participant registered, signed in and joined through nginx');

  // A socket through nginx: long-polling first, then the WebSocket upgrade.
  const socket = io(lb, { extraHeaders: { Cookie: participant }, reconnection: false, forceNew: true });
  sockets.push(socket);
  await new Promise((done, reject) => {
    socket.once('connect', done);
    socket.once('connect_error', reject);
  });
  const ack = await socket.timeout(5_000).emitWithAck('subscribe', { eventSlug: slug });
  if (!ack.ok || !ack.member) fail(`subscribing through nginx failed: ${JSON.stringify(ack)}`);
  await waitFor('the WebSocket upgrade', () => socket.io.engine.transport.name === 'websocket', { timeoutMs: 10_000 });
  pass('a Socket.IO client connected through nginx, subscribed as a member and upgraded to WebSocket');

  const heard = [];
  socket.on('announcement.posted', (message) => heard.push(message.body));
  const writers = [
    ['api-a directly', apiA.url],
    ['api-b directly', apiB.url],
    ['nginx', lb],
    ['api-b directly', apiB.url],
    ['api-a directly', apiA.url],
    ['nginx', lb],
  ];
  for (const [index, [where, base]] of writers.entries()) {
    const body = `Announcement ${index + 1} via ${where}`;
    const response = await post(base, `/api/events/${event.id}/announcements`, { body }, admin);
    await json(response, 201, `announcement via ${where}`);
    await waitFor(`the socket hearing "${body}"`, () => heard.includes(body), { timeoutMs: 5_000 });
  }
  pass(`the socket heard all ${writers.length} announcements, whichever instance served the write`);

  const gauges = [];
  for (const api of [apiA, apiB]) {
    const metrics = await (await fetch(`${api.url}/api/metrics`)).text();
    const line = metrics.split('\n').find((l) => l.startsWith('hackboard_socket_connections '));
    gauges.push(Number(line?.split(' ')[1]));
  }
  if (gauges[0] + gauges[1] !== 1) fail(`expected one socket across the instances, metrics say ${gauges}`);
  pass(`metrics per instance: socket connections ${gauges.join(' + ')} = 1`);

  const backup = await cli(['backup', '--event', slug]);
  if (backup.code !== 0) fail(`cli backup failed: ${backup.code} ${backup.stderr}`);
  const document = JSON.parse(backup.stdout);
  if (document.format !== 'hackboard-event-backup' || document.tables.announcements.length !== writers.length) {
    fail('the backup must hold the event and all its announcements');
  }
  pass(`cli backup wrote the event to stdout: ${document.tables.announcements.length} announcements`);
}

async function cleanUp() {
  for (const socket of sockets) socket.disconnect();
  await Promise.all(
    children.map(
      ({ child }) =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            done();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  await withDatabase(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`)).catch(
    (error) => console.error(`could not drop ${databaseName}: ${error.message}`),
  );
  rmSync(work, { recursive: true, force: true });
}

const deadline = setTimeout(() => {
  console.error(`topology check: timed out after ${DEADLINE_MS / 1000} s`);
  cleanUp().finally(() => process.exit(1));
}, DEADLINE_MS);

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(`  ✗ ${error.message}`);
  for (const { name, stderr } of children) if (stderr()) console.error(`--- ${name} stderr ---\n${stderr()}`);
} finally {
  clearTimeout(deadline);
  await cleanUp();
}
console.log(`${checks} passed, ${failed ? 1 : 0} failed`);
process.exit(failed ? 1 : 0);
