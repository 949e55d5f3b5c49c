// Many Socket.IO clients in one process, each following one event the way the web app does
// (apps/web/src/lib/realtime.ts: WebSocket transport, `subscribe` with the event's slug), and
// noting when each leaderboard snapshot reaches it. Driven by bench/fanout.mjs.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { io } from 'socket.io-client';
import { serveParent } from './child-process.mjs';
import { inParallel } from '../support/processes.mjs';
import { summarize, wallClockMs } from '../support/stats.mjs';

/** One client: its socket and, in arrival order, the versions it received and when. */
let clients = [];
const SAMPLING_MS = 5;
/** How late this process runs its callbacks: when it is busy, receipts are noted late and latencies include it. */
const loopDelay = monitorEventLoopDelay({ resolution: SAMPLING_MS });
loopDelay.enable();

function connectOne(url, slug) {
  return new Promise((done, reject) => {
    const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, timeout: 30_000 });
    const client = { socket, versions: [], times: [], lost: null };
    // Without reconnection a lost client stays lost: it is reported, and nobody waits for it.
    socket.on('disconnect', (reason) => (client.lost = reason));
    socket.on('leaderboard.snapshot', (message) => {
      client.times.push(wallClockMs());
      client.versions.push(message.version);
    });
    socket.once('connect_error', reject);
    socket.once('connect', () => {
      socket
        .timeout(30_000)
        .emitWithAck('subscribe', { eventSlug: slug })
        .then((ack) => (ack.ok ? done(client) : reject(new Error(`subscribe refused: ${ack.code}`))), reject);
    });
  });
}

async function connect({ url, slug, count, concurrency }) {
  const started = wallClockMs();
  clients = await inParallel(Array.from({ length: count }), concurrency, () => connectOne(url, slug));
  return { type: 'connected', seconds: (wallClockMs() - started) / 1000 };
}

/** Forgets what was received so far: only what arrives from now on is measured. */
function measure() {
  for (const client of clients) {
    client.versions = [];
    client.times = [];
  }
  loopDelay.reset();
  return { type: 'measuring' };
}

/**
 * Delays from marks (a change with the version it produced, and when it was made) to receipts:
 *  - `latency`: for every mark and every client, until the client received a snapshot at that
 *    version or newer (a client that never did is counted as missed); `latencyFromRequest` the
 *    same from the mark's `sentAt` (when the change was asked for), where it has one;
 *  - `snapshotLatency`: for every snapshot each client received, from the mark of the version it
 *    carries (changes folded into a later snapshot are left out);
 *  - `spread`: per snapshot, how long after its first receipt anywhere each client had it.
 */
function collect({ marks }) {
  const latencies = new Float64Array(marks.length * clients.length);
  const fromRequest = new Float64Array(latencies.length);
  let filled = 0;
  let missed = 0;
  const firstReceipt = new Map();
  for (const client of clients) {
    client.versions.forEach((version, i) => {
      const first = firstReceipt.get(version);
      if (first === undefined || client.times[i] < first) firstReceipt.set(version, client.times[i]);
    });
  }
  const markedAt = new Map(marks.map((mark) => [mark.version, mark.at]));
  const snapshotLatencies = [];
  const spreads = [];
  for (const client of clients) {
    let received = 0;
    for (const mark of marks) {
      while (received < client.versions.length && client.versions[received] < mark.version) received += 1;
      if (received === client.versions.length) {
        missed += 1;
      } else {
        latencies[filled] = client.times[received] - mark.at;
        fromRequest[filled++] = client.times[received] - (mark.sentAt ?? mark.at);
      }
    }
    client.versions.forEach((version, i) => {
      spreads.push(client.times[i] - firstReceipt.get(version));
      if (markedAt.has(version)) snapshotLatencies.push(client.times[i] - markedAt.get(version));
    });
  }
  return {
    type: 'collected',
    latency: summarize(latencies.subarray(0, filled)),
    latencyFromRequest: summarize(fromRequest.subarray(0, filled)),
    snapshotLatency: summarize(snapshotLatencies),
    spread: summarize(spreads),
    missed,
    pairs: marks.length * clients.length,
    lost: clients.filter((client) => client.lost).length,
    // The histogram holds whole sampling intervals: the delay is what goes beyond one.
    loopDelay: { p99: loopDelay.percentile(99) / 1e6 - SAMPLING_MS, max: loopDelay.max / 1e6 - SAMPLING_MS },
  };
}

/** Waits until every client has received `version` (or newer), for at most `timeoutMs`. */
async function settle({ version, timeoutMs }) {
  const behind = () => clients.filter((client) => !client.lost && (client.versions.at(-1) ?? -1) < version).length;
  const until = Date.now() + timeoutMs;
  while (behind() > 0 && Date.now() < until) await sleep(50);
  return { type: 'settled', behind: behind() };
}

function close() {
  for (const client of clients) client.socket.disconnect();
  clients = [];
  return { type: 'closed' };
}

serveParent((message) => {
  switch (message.type) {
    case 'connect':
      return connect(message);
    case 'measure':
      return measure();
    case 'settle':
      return settle(message);
    case 'collect':
      return collect(message);
    case 'close':
      return close();
    default:
      throw new Error(`unknown message ${message.type}`);
  }
});
