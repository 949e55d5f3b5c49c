// The live layer at scale: SCALE_CLIENTS (10,000) Socket.IO clients, in several client processes,
// spread over SCALE_INSTANCES (3) built API instances on PostgreSQL + Redis, all following one
// public event whose leaderboard is live, while jurors save scores at a steady rate. Compared in
// the same run with as many bare Socket.IO servers on the same Redis adapter, the same clients and
// the same payload. Then a reconnect storm (every client drops and connects again within
// SCALE_STORM_SECONDS), and the cached public leaderboard read over HTTP against a plain Node
// `http` server answering the same JSON.
//
//   npx nx build api && node bench/scale.mjs
//   SCALE_CLIENTS=2000 SCALE_SECONDS=10 node bench/scale.mjs
//
// The API instances connect to the database `hackboard_bench_<pid>`, made through
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) and dropped afterwards,
// and to SCALE_REDIS_URL (default redis://127.0.0.1:6379/13). Clients connect directly, client k to
// instance k mod SCALE_INSTANCES, as a round-robin balancer would place them.
import autocannon from 'autocannon';
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { startChild } from './fanout/child-process.mjs';
import { createDatabase, startApi } from './support/api-process.mjs';
import { createHackathon, saveReview, startJudging } from './support/hackathon.mjs';
import { observeRoom } from './support/room-observer.mjs';
import { cpuPercent, inParallel, processUsage, runBenchmark } from './support/processes.mjs';
import { count, kib, mib, ms, printTable, summarize, wallClockMs } from './support/stats.mjs';

const setting = (name, fallback) => {
  const value = process.env[name] === undefined ? fallback : Number(process.env[name]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const CLIENTS = setting('SCALE_CLIENTS', 10_000);
const CLIENT_PROCESSES = setting('SCALE_CLIENT_PROCESSES', 4);
const INSTANCES = setting('SCALE_INSTANCES', 3);
/** Below one save per coalescing window, so every save is pushed at once: the platform's own cost. */
const SAVES_PER_SECOND = setting('SCALE_SAVES_PER_SECOND', 2);
const SECONDS = setting('SCALE_SECONDS', 20);
const STORM_SECONDS = setting('SCALE_STORM_SECONDS', 5);
const HTTP_SECONDS = setting('SCALE_HTTP_SECONDS', 10);
const HTTP_CONNECTIONS = setting('SCALE_HTTP_CONNECTIONS', 10);
const HTTP_WARM_UP_SECONDS = 3;
const SUBMISSIONS = setting('BENCH_SUBMISSIONS', 50);
const JURORS = setting('BENCH_JURORS', 10);
const REVIEWS_PER_SUBMISSION = 3;
/** In flight per client process while connecting. */
const CONNECTING_AT_ONCE = 25;
const SETTLE_TIMEOUT_MS = 60_000;
/** The storm's target: every client holds the newest snapshot within this. */
const CONVERGE_TARGET_MS = 10_000;
/** PostgreSQL sends an idle backend's statistics within 10 s (PGSTAT_IDLE_INTERVAL): wait that out. */
const STATS_FLUSH_MS = 11_000;
const COALESCE_MS = setting('LIVE_COALESCE_MS', 250);
const CLIENT_LAG_WARNING_MS = 50;
const databaseAdminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.SCALE_REDIS_URL ?? 'redis://127.0.0.1:6379/13';

const clientsFile = join(import.meta.dirname, 'scale/socket-clients.mjs');
const bareServerFile = join(import.meta.dirname, 'fanout/bare-server.mjs');
const bareHttpFile = join(import.meta.dirname, 'scale/bare-http.mjs');
const bareNestFile = join(import.meta.dirname, 'scale/bare-nest.mjs');

/** Pushes one room got, as an observer saw them: per second on average, and the most in any one second. */
function pushRate(times) {
  let mostInOneSecond = 0;
  let from = 0;
  times.forEach((time, i) => {
    while (time - times[from] >= 1000) from += 1;
    mostInOneSecond = Math.max(mostInOneSecond, i - from + 1);
  });
  const span = times.length > 1 ? (times.at(-1) - times[0]) / 1000 : NaN;
  return { count: times.length, perSecond: (times.length - 1) / span, mostInOneSecond };
}

/** The client processes, each with its share of the clients. */
function startClients() {
  const share = Math.ceil(CLIENTS / CLIENT_PROCESSES);
  return Array.from({ length: CLIENT_PROCESSES }, (_, i) => ({
    ...startChild(clientsFile, `socket clients ${i + 1}`),
    offset: i * share,
    count: Math.max(0, Math.min(share, CLIENTS - i * share)),
  })).filter((group) => group.count > 0);
}

const askAll = (groups, message, answerType, timeoutMs) =>
  Promise.all(groups.map((group) => group.ask(message, answerType, timeoutMs)));

const usageOf = (pids) => pids.map((pid) => processUsage(pid));
const cpuOf = (before, after, seconds) => before.map((usage, i) => cpuPercent(usage, after[i], seconds));

/**
 * One measured run against a set of servers: connect the clients (noting each server's memory
 * before and after), let `produce` make changes while the clients note receipts, wait until every
 * client has the last change, then merge the latencies of every client process.
 */
async function fanOut({ urls, slug, serverPids, clients, produce }) {
  const observers = await Promise.all(urls.map((url) => observeRoom(url, slug)));
  const idle = usageOf(serverPids);
  const started = wallClockMs();
  await Promise.all(
    clients.map((group) =>
      group.ask(
        { type: 'connect', urls, slug, count: group.count, offset: group.offset, concurrency: CONNECTING_AT_ONCE },
        'connected',
        600_000,
      ),
    ),
  );
  const connectSeconds = (wallClockMs() - started) / 1000;
  await sleep(3_000);
  const withClients = usageOf(serverPids);
  await askAll(clients, { type: 'measure' }, 'measuring');
  for (const observer of observers) observer.times = [];

  const clientPids = clients.map((group) => group.pid);
  const start = { at: wallClockMs(), servers: usageOf(serverPids), clients: usageOf(clientPids) };
  const marks = await produce(observers[0].lastMessage?.version ?? 0);
  const settled = await askAll(
    clients,
    { type: 'settle', version: marks.at(-1)?.version ?? 0, timeoutMs: SETTLE_TIMEOUT_MS },
    'settled',
    SETTLE_TIMEOUT_MS + 60_000,
  );
  const seconds = (wallClockMs() - start.at) / 1000;
  const serverCpu = cpuOf(start.servers, usageOf(serverPids), seconds);
  const clientsCpu = cpuOf(start.clients, usageOf(clientPids), seconds);
  // The machine's 1-minute load average: other work on it starves every process here alike.
  const load = os.loadavg()[0];
  const collected = await askAll(clients, { type: 'collect', marks }, 'collected');
  const sum = (key) => collected.reduce((total, part) => total + part[key], 0);
  for (const observer of observers) observer.close();
  return {
    latency: summarize(collected.flatMap((part) => part.latencies)),
    snapshotLatency: summarize(collected.flatMap((part) => part.snapshotLatencies)),
    missed: sum('missed'),
    pairs: sum('pairs'),
    lost: sum('lost'),
    behind: settled.reduce((total, part) => total + part.behind, 0),
    loopDelay: {
      p99: Math.max(...collected.map((part) => part.loopDelay.p99)),
      max: Math.max(...collected.map((part) => part.loopDelay.max)),
    },
    marks,
    pushes: observers.map((observer) => pushRate(observer.times)),
    lastMessage: observers[0].lastMessage,
    payloadBytes: Buffer.byteLength(JSON.stringify(observers[0].lastMessage)),
    connectSeconds,
    rssIdle: idle.map((usage) => usage.rssBytes),
    rssWithClients: withClients.map((usage) => usage.rssBytes),
    serverCpu,
    clientsCpu,
    load,
  };
}

/** Jurors save scores at a steady rate, one save at a time, so each save's version is known. */
async function saveSteadily(hackathon, assignments, versionBefore, savesPerSecond, seconds) {
  const total = Math.round(seconds * savesPerSecond);
  const intervalMs = 1000 / savesPerSecond;
  const marks = [];
  const durations = [];
  const start = wallClockMs();
  for (let k = 0; k < total; k++) {
    const wait = start + k * intervalMs - wallClockMs();
    if (wait > 0) await sleep(wait);
    const sent = wallClockMs();
    await saveReview(hackathon, assignments[k % assignments.length]);
    const answered = wallClockMs();
    durations.push(answered - sent);
    marks.push({ version: versionBefore + k + 1, sentAt: sent, at: answered });
  }
  return { marks, saveTime: summarize(durations), achievedRate: total / ((wallClockMs() - start) / 1000) };
}

/** What the run's database has done so far, from PostgreSQL's own statistics. */
async function databaseStats(database) {
  const client = new pg.Client({ connectionString: databaseAdminUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT xact_commit + xact_rollback AS transactions, tup_returned + tup_fetched AS tuples FROM pg_stat_database WHERE datname = $1',
      [database.name],
    );
    return { transactions: Number(rows[0].transactions), tuples: Number(rows[0].tuples) };
  } finally {
    await client.end();
  }
}

/**
 * The reconnect storm on the platform: the clients (connected, following the event) all drop at
 * once and connect again spread over STORM_SECONDS; halfway through a juror saves once, so a
 * client that came back before it needs the push and one after it the snapshot on subscribe.
 * Measured: until every client holds that newest version, each client's time from reconnecting to
 * its first snapshot, the servers' CPU, errors, and the database's transactions meanwhile.
 */
async function reconnectStorm({ apis, clients, hackathon, assignments, database, versionBefore }) {
  const pids = apis.map((api) => api.pid);
  const statsBefore = await databaseStats(database);
  const usageBefore = usageOf(pids);
  const at = wallClockMs() + 500;
  const stormed = askAll(clients, { type: 'storm', at, spreadMs: STORM_SECONDS * 1000 }, 'stormed', 120_000);
  // Awaited below; until then a failure here must not go unhandled.
  stormed.catch(() => {});
  await sleep(at + (STORM_SECONDS * 1000) / 2 - wallClockMs());
  // After an error the juror tries again; the failures are counted.
  const saveFailures = [];
  for (;;) {
    try {
      await saveReview(hackathon, assignments[0]);
      break;
    } catch (error) {
      saveFailures.push(error.cause?.code ?? error.message.slice(0, 80));
      if (saveFailures.length === 5) throw new Error(`the save during the storm failed 5 times: ${saveFailures}`);
      await sleep(500);
    }
  }
  const version = versionBefore + 1;
  const reconnected = await stormed;
  const converged = await askAll(
    clients,
    { type: 'converged', version, timeoutMs: SETTLE_TIMEOUT_MS },
    'converged',
    SETTLE_TIMEOUT_MS + 60_000,
  );
  const lastHeldAt = Math.max(...converged.map((part) => part.lastHeldAt));
  const behind = converged.reduce((total, part) => total + part.behind, 0);
  const end = lastHeldAt;
  const usageAfter = usageOf(pids);
  const seconds = (end - at) / 1000;
  await sleep(STATS_FLUSH_MS);
  const statsAfter = await databaseStats(database);
  const errors = { connect: 0, subscribe: 0, lost: 0, refused: {} };
  for (const part of converged) {
    for (const key of ['connect', 'subscribe', 'lost']) errors[key] += part.errors[key];
    for (const [code, times] of Object.entries(part.errors.refused))
      errors.refused[code] = (errors.refused[code] ?? 0) + times;
  }
  return {
    version,
    saveFailures,
    convergedMs: end - at,
    behind,
    failed: reconnected.reduce((total, part) => total + part.failed, 0),
    firstFailure: reconnected.find((part) => part.firstFailure)?.firstFailure ?? null,
    errors,
    toFirstSnapshot: summarize(converged.flatMap((part) => part.toFirstSnapshot)),
    toSubscribed: summarize(converged.flatMap((part) => part.toSubscribed)),
    loopDelayP99: Math.max(...converged.map((part) => part.loopDelay.p99)),
    serverCpu: cpuOf(usageBefore, usageAfter, seconds),
    serverRss: usageAfter.map((usage) => usage.rssBytes),
    load: os.loadavg()[0],
    exited: apis.filter((api) => api.child.exitCode !== null || api.child.signalCode !== null).length,
    transactions: statsAfter.transactions - statsBefore.transactions,
    tuples: statsAfter.tuples - statsBefore.tuples,
  };
}

/**
 * The cached public leaderboard read against a bare NestJS application and a plain Node `http`
 * server, each answering the same JSON, one after the other, each in a process of its own.
 */
async function httpComparison(api, slug, database) {
  const path = `/api/events/${slug}/leaderboard`;
  const response = await fetch(`${api.url}${path}`);
  const body = await response.text();
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${body.slice(0, 300)}`);
  const load = (url, duration) => autocannon({ url, connections: HTTP_CONNECTIONS, duration });
  const measureOne = async (url, pid) => {
    const warmUp = await load(url, HTTP_WARM_UP_SECONDS);
    const before = processUsage(pid);
    const result = await load(url, HTTP_SECONDS);
    const cpu = cpuPercent(before, processUsage(pid), HTTP_SECONDS);
    const failed = result.errors + result.timeouts + result.non2xx;
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      failed,
      cpu,
      answered: warmUp.requests.total + result.requests.total,
    };
  };
  const bare = async (file, name) => {
    const server = startChild(file, name);
    const { url } = await server.ask({ type: 'listen', body }, 'listening');
    const measured = await measureOne(`${url}${path}`, server.pid);
    await server.stop();
    return measured;
  };
  await sleep(STATS_FLUSH_MS);
  const statsBefore = await databaseStats(database);
  const platform = await measureOne(`${api.url}${path}`, api.pid);
  await sleep(STATS_FLUSH_MS);
  const statsAfter = await databaseStats(database);
  // The warm-up's requests too: every request the platform answered in this database's transactions.
  platform.transactions = statsAfter.transactions - statsBefore.transactions;
  const nest = await bare(bareNestFile, 'bare NestJS server');
  const node = await bare(bareHttpFile, 'bare HTTP server');
  return { platform, nest, node, bytes: Buffer.byteLength(body) };
}

const perInstance = (values, format) => values.map(format).join(' / ');

function report({ platform, baseline, saving, storm, http }) {
  const rssDelta = (run) => run.rssWithClients.reduce((total, rss, i) => total + rss - run.rssIdle[i], 0);
  const column = (run) => [
    `${count(CLIENTS)} in ${run.connectSeconds.toFixed(1)} s`,
    `${ms(run.latency.p50)} / ${ms(run.latency.p99)} / ${ms(run.latency.max)}`,
    `${ms(run.snapshotLatency.p50)} / ${ms(run.snapshotLatency.p99)} / ${ms(run.snapshotLatency.max)}`,
    `${count(run.missed)} of ${count(run.pairs)} (disconnected: ${run.lost}, behind after ${SETTLE_TIMEOUT_MS / 1000} s: ${run.behind})`,
    perInstance(run.pushes, (rate) => rate.perSecond.toFixed(2)),
    `${count(run.payloadBytes)} B`,
    perInstance(run.serverCpu, (cpu) => `${cpu.toFixed(0)} %`),
    perInstance(run.rssIdle, (rss, i) => `${mib(rss)} → ${mib(run.rssWithClients[i])}`),
    kib(rssDelta(run) / CLIENTS),
    `${ms(run.loopDelay.p99)} / ${ms(run.loopDelay.max)}`,
    perInstance(run.clientsCpu, (cpu) => `${cpu.toFixed(0)} %`),
    run.load.toFixed(1),
  ];
  const labels = [
    'clients connected and subscribed',
    'latency per change p50 / p99 / max',
    'latency per snapshot p50 / p99 / max',
    '(change, client) pairs never delivered',
    'pushes per second per room, per server',
    `snapshot payload (${SUBMISSIONS} standings, packed)`,
    'CPU per server (of one core) during the run',
    'RSS per server before → after connecting',
    'memory per client (RSS delta / clients)',
    'client processes event-loop delay p99 / max',
    'CPU per client process (of one core)',
    'machine load average (1 min) at the end',
  ];
  const platformColumn = column(platform);
  const bareColumn = column(baseline);
  printTable(
    `Live fan-out at scale: ${count(CLIENTS)} clients over ${INSTANCES} servers, ${SAVES_PER_SECOND} saves/s for ${SECONDS} s ` +
      "(platform: from the save's HTTP response; bare: from the broadcast call; to receipt by each client)",
    ['measure', `platform, ${INSTANCES} API instances`, `bare Socket.IO, ${INSTANCES} servers`],
    labels.map((label, i) => [label, platformColumn[i], bareColumn[i]]),
  );
  const latencyRatio = platform.latency.p99 / baseline.latency.p99;
  console.log(
    `\nsaves: ${saving.achievedRate.toFixed(1)}/s achieved, HTTP ${ms(saving.saveTime.p50)} p50 / ${ms(saving.saveTime.p99)} p99; ` +
      `${platform.pushes[0].count} pushes for ${platform.marks.length} saves`,
  );
  console.log(
    `platform p99 / bare p99 per change: ${latencyRatio.toFixed(2)} (target ≤ 1.3: ${latencyRatio <= 1.3 ? 'met' : 'NOT met'}); ` +
      `missed: ${platform.missed + platform.behind} (target 0: ${platform.missed + platform.behind === 0 ? 'met' : 'NOT met'})`,
  );
  for (const [name, run] of [
    ['platform', platform],
    ['bare', baseline],
  ]) {
    if (run.loopDelay.p99 > CLIENT_LAG_WARNING_MS) {
      console.warn(
        `  warning: in the ${name} run a client process lagged (event-loop delay p99 ${ms(run.loopDelay.p99)}): ` +
          'receipts were noted late, so latencies measure the clients as well as the servers',
      );
    }
  }

  const converged = storm.behind === 0 && storm.convergedMs <= CONVERGE_TARGET_MS;
  printTable(
    `Reconnect storm: ${count(CLIENTS)} clients drop at once and reconnect spread over ${STORM_SECONDS} s, one save halfway`,
    ['measure', 'platform'],
    [
      [
        'every client subscribed again holds the newest snapshot after',
        `${(storm.convergedMs / 1000).toFixed(1)} s (clients never holding it: ${storm.behind})`,
      ],
      [
        'reconnect → subscribe answered p50 / p99 / max',
        `${ms(storm.toSubscribed.p50)} / ${ms(storm.toSubscribed.p99)} / ${ms(storm.toSubscribed.max)}`,
      ],
      [
        'reconnect → first snapshot p50 / p99 / max',
        `${ms(storm.toFirstSnapshot.p50)} / ${ms(storm.toFirstSnapshot.p99)} / ${ms(storm.toFirstSnapshot.max)}`,
      ],
      [
        'errors: failed reconnects / connect errors / subscribe errors / dropped',
        `${storm.failed} / ${storm.errors.connect} / ${storm.errors.subscribe} / ${storm.errors.lost}`,
      ],
      [
        'subscribe refusals by code',
        Object.entries(storm.errors.refused)
          .map(([code, times]) => `${code}: ${count(times)}`)
          .join(', ') || 'none',
      ],
      ['CPU per instance (of one core) during the storm', perInstance(storm.serverCpu, (cpu) => `${cpu.toFixed(0)} %`)],
      ['RSS per instance after', perInstance(storm.serverRss, mib)],
      ['instances that exited', String(storm.exited)],
      [
        "the juror's save halfway: failed attempts before it was saved",
        storm.saveFailures.length === 0 ? '0' : `${storm.saveFailures.length} (${storm.saveFailures.join(', ')})`,
      ],
      [
        'database transactions / rows read during the storm',
        `${count(storm.transactions)} / ${count(storm.tuples)} (${(storm.transactions / CLIENTS).toFixed(2)} / ${(storm.tuples / CLIENTS).toFixed(0)} per client)`,
      ],
      ['client processes event-loop delay p99', ms(storm.loopDelayP99)],
      ['machine load average (1 min) at the end', storm.load.toFixed(1)],
    ],
  );
  if (storm.firstFailure) console.log(`first failed reconnect: ${storm.firstFailure}`);
  console.log(
    `\nconverged within ${CONVERGE_TARGET_MS / 1000} s: ${converged ? 'met' : 'NOT met'}; ` +
      `snapshot on subscribe from memory (well under one transaction per client): ${storm.transactions < CLIENTS / 10 ? 'yes' : 'NO'}`,
  );

  const rpsRatio = http.platform.rps / http.nest.rps;
  const p99Ratio = http.platform.p99 / http.nest.p99;
  const cells = (format) => [http.platform, http.nest, http.node].map(format);
  printTable(
    `HTTP: GET /api/events/:event/leaderboard (${count(http.bytes)} B of JSON), autocannon, ${HTTP_CONNECTIONS} ` +
      `connections, ${HTTP_SECONDS} s each after ${HTTP_WARM_UP_SECONDS} s warm-up; the bare servers answer the same body`,
    ['measure', 'platform (one instance)', 'bare NestJS (Express)', 'plain node:http', 'platform / NestJS'],
    [
      ['requests per second', ...cells((run) => count(run.rps)), rpsRatio.toFixed(2)],
      ['latency p50', ...cells((run) => ms(run.p50)), ''],
      ['latency p99', ...cells((run) => ms(run.p99)), p99Ratio.toFixed(2)],
      ['failed (errors, timeouts, non-2xx)', ...cells((run) => count(run.failed)), ''],
      ['server CPU (of one core)', ...cells((run) => `${run.cpu.toFixed(0)} %`), ''],
      [
        'database transactions per request (warm-up included)',
        (http.platform.transactions / http.platform.answered).toFixed(2),
        '',
        '',
        '',
      ],
    ],
  );
  console.log(
    `\nHTTP req/s ≥ 0.7 × bare NestJS: ${rpsRatio >= 0.7 ? 'met' : 'NOT met'} ` +
      `(platform / plain node:http: ${(http.platform.rps / http.node.rps).toFixed(2)})`,
  );
}

async function main() {
  console.log(
    `Scale: ${count(CLIENTS)} clients in ${CLIENT_PROCESSES} processes over ${INSTANCES} instances; jurors save ` +
      `${SAVES_PER_SECOND}/s for ${SECONDS} s; storm over ${STORM_SECONDS} s; API on PostgreSQL + Redis (${redisUrl}), ` +
      `LIVE_COALESCE_MS=${COALESCE_MS}`,
  );
  console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);

  const database = await createDatabase(databaseAdminUrl);
  // One deployment: every instance shares the secret, the database and Redis. The first migrates.
  const env = { APP_SECRET: randomBytes(32).toString('hex'), LIVE_COALESCE_MS: String(COALESCE_MS) };
  const first = await startApi({ databaseUrl: database.url, redisUrl, env });
  const others = await Promise.all(
    Array.from({ length: INSTANCES - 1 }, () => startApi({ databaseUrl: database.url, redisUrl, env })),
  );
  const apis = [first, ...others];
  const hackathon = await createHackathon(first.url, { label: 'scale', teams: SUBMISSIONS, submit: true });
  const { assignments } = await startJudging(first.url, hackathon, {
    jurors: JURORS,
    reviewsPerSubmission: REVIEWS_PER_SUBMISSION,
  });
  // Every assigned review complete first, so the board ranks every submission with a score.
  await inParallel(assignments, 4, (assignment) => saveReview(hackathon, assignment));
  console.log(`set up ${hackathon.slug}: ${SUBMISSIONS} submissions, ${assignments.length} reviews scored`);

  const clients = startClients();
  let saving = null;
  const platform = await fanOut({
    urls: apis.map((api) => api.url),
    slug: hackathon.slug,
    serverPids: apis.map((api) => api.pid),
    clients,
    produce: async (versionBefore) => {
      saving = await saveSteadily(hackathon, assignments, versionBefore, SAVES_PER_SECOND, SECONDS);
      return saving.marks;
    },
  });
  console.log(`platform: ${platform.missed} missed, p99 ${ms(platform.latency.p99)}; reconnect storm next`);
  await sleep(STATS_FLUSH_MS);
  const storm = await reconnectStorm({
    apis,
    clients,
    hackathon,
    assignments,
    database,
    versionBefore: platform.marks.at(-1).version,
  });
  console.log(`storm: converged after ${(storm.convergedMs / 1000).toFixed(1)} s; bare Socket.IO next`);
  await askAll(clients, { type: 'close' }, 'closed');

  const bareServers = Array.from({ length: INSTANCES }, (_, i) => startChild(bareServerFile, `bare server ${i + 1}`));
  const key = `hackboard-bench-${process.pid}`;
  const bareUrls = (await askAll(bareServers, { type: 'listen', redisUrl, key }, 'listening')).map(
    (answer) => answer.url,
  );
  const baseline = await fanOut({
    urls: bareUrls,
    slug: hackathon.slug,
    serverPids: bareServers.map((server) => server.pid),
    clients,
    produce: async () => {
      const answer = await bareServers[0].ask(
        {
          type: 'broadcast',
          payload: platform.lastMessage,
          count: Math.max(1, platform.pushes[0].count),
          intervalMs: 1000 / (platform.pushes[0].perSecond || SAVES_PER_SECOND),
          firstVersion: 1,
        },
        'broadcasted',
      );
      return answer.marks;
    },
  });
  await askAll(clients, { type: 'close' }, 'closed');
  await Promise.all([...clients, ...bareServers].map((group) => group.stop()));

  const http = await httpComparison(first, hackathon.slug, database);
  report({ platform, baseline, saving, storm, http });
}

await runBenchmark('scale', main, { timeLimitSeconds: setting('BENCH_TIME_LIMIT_SECONDS', 900) });
