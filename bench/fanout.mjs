// Live fan-out benchmark: how fast a saved score reaches every browser following an event.
//
// The built API runs as its own process (SQLite, or PostgreSQL + Redis with BENCH_DATABASE_URL and
// BENCH_REDIS_URL) with a public event in judging whose leaderboard is live. N Socket.IO clients in
// another process subscribe to it like the web app does, while jurors save scores at a steady rate
// over HTTP: first slower than one save per coalescing window (each save pushed at once: the
// platform's own cost), then faster (the window holds saves back). After each phase a bare Socket.IO
// server (same transport options, no application) broadcasts a copy of the API's last (packed)
// snapshot as often as the platform pushed, to the same number of clients, as the yardstick.
//
//   npx nx build api && node bench/fanout.mjs
//   BENCH_CLIENTS=500 BENCH_SECONDS=10 node bench/fanout.mjs
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_REDIS_URL=redis://127.0.0.1:6379 node bench/fanout.mjs
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
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
const CLIENTS = setting('BENCH_CLIENTS', 2_000);
/** Steady: below one save per coalescing window, so every save is pushed at once. */
const SAVES_PER_SECOND = setting('BENCH_SAVES_PER_SECOND', 2);
/** Burst: more saves than pushes allowed, so the coalescing window holds some back. */
const BURST_SAVES_PER_SECOND = setting('BENCH_BURST_SAVES_PER_SECOND', 10);
const SECONDS = setting('BENCH_SECONDS', 30);
const SUBMISSIONS = setting('BENCH_SUBMISSIONS', 50);
const JURORS = setting('BENCH_JURORS', 10);
const REVIEWS_PER_SUBMISSION = 3;
const CONNECTING_AT_ONCE = 50;
/** How long the clients may take, after the last change, to receive it. */
const SETTLE_TIMEOUT_MS = 60_000;
const COALESCE_MS = setting('LIVE_COALESCE_MS', 250);
/** Beyond this event-loop delay in the client process, receipts are noted too late to compare servers. */
const CLIENT_LAG_WARNING_MS = 50;
const databaseAdminUrl = process.env.BENCH_DATABASE_URL;
const redisUrl = process.env.BENCH_REDIS_URL;

const clientsFile = join(import.meta.dirname, 'fanout/socket-clients.mjs');
const bareServerFile = join(import.meta.dirname, 'fanout/bare-server.mjs');

/**
 * One measured run against a server: connect the clients (noting the server's memory before and
 * after), let `produce` make changes while the clients note receipts, wait until every client has
 * the last change, then collect the latencies. `produce` returns its marks: each change's version
 * and when it was made.
 */
async function fanOut({ url, slug, serverPid, produce }) {
  const observer = await observeRoom(url, slug);
  const clients = startChild(clientsFile, 'socket clients');
  const idle = processUsage(serverPid);
  const connected = await clients.ask(
    { type: 'connect', url, slug, count: CLIENTS, concurrency: CONNECTING_AT_ONCE },
    'connected',
  );
  await sleep(2_000);
  const withClients = processUsage(serverPid);
  await clients.ask({ type: 'measure' }, 'measuring');
  observer.times = [];

  const start = { at: wallClockMs(), server: processUsage(serverPid), clients: processUsage(clients.pid) };
  const marks = await produce(observer.lastMessage?.version ?? 0);
  const { behind } = await clients.ask(
    { type: 'settle', version: marks.at(-1)?.version ?? 0, timeoutMs: SETTLE_TIMEOUT_MS },
    'settled',
    SETTLE_TIMEOUT_MS + 60_000,
  );
  const seconds = (wallClockMs() - start.at) / 1000;
  const end = { server: processUsage(serverPid), clients: processUsage(clients.pid) };
  const collected = await clients.ask({ type: 'collect', marks }, 'collected');
  await clients.ask({ type: 'close' }, 'closed');
  await clients.stop();
  observer.close();
  return {
    ...collected,
    marks,
    behind,
    pushes: pushRate(observer.times),
    lastMessage: observer.lastMessage,
    payloadBytes: Buffer.byteLength(JSON.stringify(observer.lastMessage)),
    connectSeconds: connected.seconds,
    rssIdle: idle.rssBytes,
    rssWithClients: withClients.rssBytes,
    serverCpu: cpuPercent(start.server, end.server, seconds),
    clientsCpu: cpuPercent(start.clients, end.clients, seconds),
  };
}

/** Jurors save scores at a steady rate, one save at a time, so each save's version is known. */
async function saveSteadily(hackathon, assignments, versionBefore, savesPerSecond) {
  const total = Math.round(SECONDS * savesPerSecond);
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

/**
 * Pushes one room got, as the observer saw them: per second on average (from the first push to the
 * last), the most in any one second, and the shortest gap between two.
 */
function pushRate(times) {
  let mostInOneSecond = 0;
  let from = 0;
  let shortestGap = Infinity;
  times.forEach((time, i) => {
    while (time - times[from] >= 1000) from += 1;
    mostInOneSecond = Math.max(mostInOneSecond, i - from + 1);
    if (i > 0) shortestGap = Math.min(shortestGap, time - times[i - 1]);
  });
  const span = times.length > 1 ? (times.at(-1) - times[0]) / 1000 : NaN;
  return { count: times.length, perSecond: (times.length - 1) / span, mostInOneSecond, shortestGap };
}

const installed = (name) => {
  try {
    createRequire(import.meta.url).resolve(name);
    return 'installed';
  } catch {
    return 'missing';
  }
};

/**
 * One phase: the platform's clients while jurors save at `savesPerSecond`, then the bare server's
 * clients while it broadcasts the platform's last snapshot as often as the platform pushed.
 */
async function measurePhase({ api, hackathon, assignments, bare, bareUrl, savesPerSecond }) {
  let saving = null;
  const platform = await fanOut({
    url: api.url,
    slug: hackathon.slug,
    serverPid: api.pid,
    produce: async (versionBefore) => {
      saving = await saveSteadily(hackathon, assignments, versionBefore, savesPerSecond);
      return saving.marks;
    },
  });
  const expectedVersion = platform.marks.at(-1)?.version;
  if (platform.lastMessage?.version !== expectedVersion) {
    console.warn(
      `warning: the newest snapshot has version ${platform.lastMessage?.version}, the saves expected ${expectedVersion}: ` +
        'something else changed the leaderboard, so save-to-snapshot pairs may be off',
    );
  }
  const baseline = await fanOut({
    url: bareUrl,
    slug: hackathon.slug,
    serverPid: bare.pid,
    produce: async () => {
      const answer = await bare.ask(
        {
          type: 'broadcast',
          payload: platform.lastMessage,
          count: Math.max(1, platform.pushes.count),
          intervalMs: 1000 / (platform.pushes.perSecond || 1000 / COALESCE_MS),
          firstVersion: 1,
        },
        'broadcasted',
      );
      return answer.marks;
    },
  });
  return { savesPerSecond, saving, platform, baseline };
}

/** The cells of one run's column. */
const column = (run, first) => [
  `${count(CLIENTS)} in ${run.connectSeconds.toFixed(1)} s`,
  `${ms(run.latency.p50)} / ${ms(run.latency.p99)} / ${ms(run.latency.max)}`,
  `${ms(run.latencyFromRequest.p50)} / ${ms(run.latencyFromRequest.p99)} / ${ms(run.latencyFromRequest.max)}`,
  `${ms(run.snapshotLatency.p50)} / ${ms(run.snapshotLatency.p99)} / ${ms(run.snapshotLatency.max)}`,
  `${ms(run.spread.p50)} / ${ms(run.spread.p99)} / ${ms(run.spread.max)}`,
  `${count(run.missed)} of ${count(run.pairs)} (disconnected: ${run.lost}, behind after ${SETTLE_TIMEOUT_MS / 1000} s: ${run.behind})`,
  `${run.pushes.perSecond.toFixed(2)} (most in 1 s: ${run.pushes.mostInOneSecond}, shortest gap ${ms(run.pushes.shortestGap)})`,
  `${count(run.payloadBytes)} B`,
  `${run.serverCpu.toFixed(0)} %`,
  `${run.clientsCpu.toFixed(0)} %`,
  `${ms(run.loopDelay.p99)} / ${ms(run.loopDelay.max)}`,
  `${mib(run.rssIdle)} → ${mib(run.rssWithClients)}`,
  // A process that held clients before reuses what it freed: only the first phase's growth counts.
  first ? kib((run.rssWithClients - run.rssIdle) / CLIENTS) : '(first phase only)',
];
const LABELS = [
  'clients connected and subscribed',
  'latency per change p50 / p99 / max',
  "  the same from the save's request p50 / p99 / max",
  'latency per snapshot p50 / p99 / max',
  'spread, first → every client p50 / p99 / max',
  '(change, client) pairs never delivered',
  'pushes per second per room (one idle subscriber)',
  `snapshot payload (${SUBMISSIONS} standings, packed board as JSON)`,
  'server CPU (of one core) during the run',
  'client process CPU during the run',
  'client process event-loop delay p99 / max',
  'server RSS before → after connecting',
  'server memory per connected client',
];

function report(phases, backend) {
  printTable(
    `Live fan-out, ${count(CLIENTS)} clients: latency from the change (platform: the save's HTTP response; ` +
      'bare: the broadcast call) to receipt by each client',
    ['measure', ...phases.flatMap((phase) => [`platform, ${phase.savesPerSecond} saves/s`, 'bare, same pushes'])],
    LABELS.map((label, i) => [
      label,
      ...phases.flatMap((phase, k) => [column(phase.platform, k === 0)[i], column(phase.baseline, k === 0)[i]]),
    ]),
  );
  console.log(
    '\nper change: from the HTTP response of every save to the first snapshot that includes it (with any wait for ' +
      'the coalescing window); "from the request" adds the save\'s own time; ' +
      'per snapshot: from the save whose version a snapshot carries; bare: from each broadcast call',
  );
  const maxPushesPerSecond = 1000 / COALESCE_MS;
  for (const { savesPerSecond, saving, platform, baseline } of phases) {
    const ratio = (run) => (run.p99 / baseline.latency.p99).toFixed(2);
    // Pushes leave after a database read, so their gaps jitter by a few milliseconds around the window.
    const withinWindow = platform.pushes.perSecond <= maxPushesPerSecond * 1.02;
    const coalesced = platform.pushes.count < platform.marks.length;
    console.log(
      `\n${savesPerSecond} saves/s (${saving.achievedRate.toFixed(1)}/s achieved, HTTP ${ms(saving.saveTime.p50)} p50 / ` +
        `${ms(saving.saveTime.p99)} p99), ${backend}: ${platform.pushes.count} pushes for ${platform.marks.length} saves ` +
        `(${coalesced ? 'coalesced' : 'each save pushed at once'}); pushes per room ≤ ${maxPushesPerSecond.toFixed(1)}/s ` +
        `(2 % allowed for jitter): ${withinWindow ? 'yes' : 'NO'}; snapshot < 5 KB: ${platform.payloadBytes < 5_000 ? 'yes' : 'NO'}`,
    );
    console.log(
      `  platform p99 / bare p99: ${ratio(platform.latency)} per change` +
        `${coalesced ? '' : ' (target ≤ 1.3)'} (${ratio(platform.latencyFromRequest)} from the request), ` +
        `${ratio(platform.snapshotLatency)} per snapshot, ` +
        `${(platform.spread.p99 / baseline.spread.p99).toFixed(2)} for the spread (delivery alone)`,
    );
    for (const [name, run] of [
      ['platform', platform],
      ['bare', baseline],
    ]) {
      if (run.loopDelay.p99 > CLIENT_LAG_WARNING_MS) {
        console.warn(
          `  warning: in the ${name} run the client process lagged (event-loop delay p99 ${ms(run.loopDelay.p99)}): ` +
            'receipts were noted late, so its latencies measure the clients more than the server; ' +
            'measure on a quiet machine or with fewer BENCH_CLIENTS',
        );
      }
    }
  }
  console.log(
    '\nSocket.IO on both servers: WebSocket first (long-polling fallback), perMessageDeflate off, serveClient off, ' +
      `no connection-state recovery; bufferutil ${installed('bufferutil')} (WebSocket masking), ` +
      `utf-8-validate ${installed('utf-8-validate')} (unused on Node 20: ws validates with buffer.isUtf8)`,
  );
}

async function main() {
  const backend = databaseAdminUrl ? `PostgreSQL${redisUrl ? ' + Redis' : ''}` : 'SQLite';
  console.log(
    `Live fan-out: ${count(CLIENTS)} clients; jurors save ${SAVES_PER_SECOND}/s, then ${BURST_SAVES_PER_SECOND}/s, ` +
      `${SECONDS} s each; ${SUBMISSIONS} submissions, ${JURORS} jurors, API on ${backend}, LIVE_COALESCE_MS=${COALESCE_MS}`,
  );
  console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);

  const database = databaseAdminUrl ? await createDatabase(databaseAdminUrl) : null;
  const api = await startApi({
    databaseUrl: database?.url,
    redisUrl: databaseAdminUrl ? redisUrl : undefined,
    env: { LIVE_COALESCE_MS: String(COALESCE_MS) },
  });
  const hackathon = await createHackathon(api.url, { label: 'live', teams: SUBMISSIONS, submit: true });
  const { assignments } = await startJudging(api.url, hackathon, {
    jurors: JURORS,
    reviewsPerSubmission: REVIEWS_PER_SUBMISSION,
  });
  // Every assigned review complete first, so the board ranks every submission with a score.
  await inParallel(assignments, 4, (assignment) => saveReview(hackathon, assignment));
  console.log(`set up ${hackathon.slug}: ${SUBMISSIONS} submissions, ${assignments.length} reviews scored`);

  const bare = startChild(bareServerFile, 'bare Socket.IO server');
  const { url: bareUrl } = await bare.ask({ type: 'listen' }, 'listening');
  const phases = [];
  for (const savesPerSecond of [SAVES_PER_SECOND, BURST_SAVES_PER_SECOND]) {
    phases.push(await measurePhase({ api, hackathon, assignments, bare, bareUrl, savesPerSecond }));
  }
  await bare.stop();
  report(phases, backend);
}

await runBenchmark('fanout', main, { timeLimitSeconds: setting('BENCH_TIME_LIMIT_SECONDS', 900) });
