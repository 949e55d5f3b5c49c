// Many Socket.IO clients in one process, spread over several servers (client k on server k mod n),
// each following one event the way the web app does (WebSocket transport, `subscribe` with the
// event's slug) and noting when each leaderboard snapshot reaches it. On request all of them drop
// their connection at once and connect again, spread over a few seconds (a reconnect storm).
// Driven by bench/scale.mjs.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { io } from 'socket.io-client';
import { serveParent } from '../fanout/child-process.mjs';
import { inParallel } from '../support/processes.mjs';
import { wallClockMs } from '../support/stats.mjs';

/** One client: its socket and, in arrival order, the versions it received and when. */
let clients = [];
const SAMPLING_MS = 5;
const SUBSCRIBE_TIMEOUT_MS = 30_000;
/** How late this process runs its callbacks: when it is busy, receipts are noted late and latencies include it. */
const loopDelay = monitorEventLoopDelay({ resolution: SAMPLING_MS });
loopDelay.enable();

/** Counts of what went wrong, since the last `measure` or storm (`refused`: subscribe refusals by code). */
const noErrors = () => ({ connect: 0, subscribe: 0, lost: 0, refused: {} });
let errors = noErrors();

/**
 * A client whose every `connect` (the first and any later one) subscribes; `subscribed` resolves
 * with the ack of the next subscribe, or rejects on a connection or subscribe error.
 */
function connectOne(url, slug) {
  const socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: SUBSCRIBE_TIMEOUT_MS,
    autoConnect: false,
  });
  const client = { socket, versions: [], times: [], lost: null, reconnectAt: null, subscribedAt: null };
  let pending = null;
  const expect = () =>
    new Promise((done, reject) => {
      pending = { done, reject };
    });
  // Without reconnection a lost client stays lost: it is reported, and nobody waits for it.
  socket.on('disconnect', (reason) => {
    if (reason !== 'io client disconnect') {
      client.lost = reason;
      errors.lost += 1;
    }
  });
  socket.on('leaderboard.snapshot', (message) => {
    client.times.push(wallClockMs());
    client.versions.push(message.version);
  });
  socket.on('connect_error', (error) => {
    errors.connect += 1;
    pending?.reject(error);
  });
  socket.on('connect', () => {
    socket
      .timeout(SUBSCRIBE_TIMEOUT_MS)
      .emitWithAck('subscribe', { eventSlug: slug })
      .then((ack) => {
        if (!ack.ok) {
          errors.refused[ack.code] = (errors.refused[ack.code] ?? 0) + 1;
          throw new Error(`subscribe refused: ${ack.code}`);
        }
        client.subscribedAt = wallClockMs();
        pending?.done(ack);
      })
      .catch((error) => {
        errors.subscribe += 1;
        pending?.reject(error);
      });
  });
  client.connect = () => {
    const subscribed = expect();
    client.lost = null;
    socket.connect();
    return subscribed;
  };
  return client;
}

async function connect({ urls, slug, count, offset, concurrency }) {
  const started = wallClockMs();
  clients = Array.from({ length: count }, (_, k) => connectOne(urls[(offset + k) % urls.length], slug));
  await inParallel(clients, concurrency, (client) => client.connect());
  return { type: 'connected', seconds: (wallClockMs() - started) / 1000 };
}

/** Forgets what was received so far: only what arrives from now on is measured. */
function measure() {
  for (const client of clients) {
    client.versions = [];
    client.times = [];
  }
  errors = noErrors();
  loopDelay.reset();
  return { type: 'measuring' };
}

/**
 * Delays from marks (a change with the version it produced, and when it was made) to receipts, as
 * raw lists (the benchmark merges every process's): `latencies`, for every mark and every client,
 * until the client received a snapshot at that version or newer (a client that never did is
 * counted as missed); `snapshotLatencies`, for every snapshot received, from the mark of its version.
 */
function collect({ marks }) {
  const latencies = [];
  const snapshotLatencies = [];
  let missed = 0;
  const markedAt = new Map(marks.map((mark) => [mark.version, mark.at]));
  for (const client of clients) {
    let received = 0;
    for (const mark of marks) {
      while (received < client.versions.length && client.versions[received] < mark.version) received += 1;
      if (received === client.versions.length) missed += 1;
      else latencies.push(client.times[received] - mark.at);
    }
    client.versions.forEach((version, i) => {
      if (markedAt.has(version)) snapshotLatencies.push(client.times[i] - markedAt.get(version));
    });
  }
  return {
    type: 'collected',
    latencies,
    snapshotLatencies,
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

/**
 * The storm: at `at` (wall clock) every client drops its connection; each connects again at a
 * random moment within `spreadMs` and subscribes. Answers once every client has subscribed again
 * (or failed to), with when each did.
 */
async function storm({ at, spreadMs }) {
  await sleep(Math.max(0, at - wallClockMs()));
  loopDelay.reset();
  errors = noErrors();
  for (const client of clients) {
    client.socket.disconnect();
    client.versions = [];
    client.times = [];
    client.subscribedAt = null;
  }
  const failures = [];
  await Promise.all(
    clients.map(async (client) => {
      await sleep(Math.random() * spreadMs);
      client.reconnectAt = wallClockMs();
      try {
        await client.connect();
      } catch (error) {
        failures.push(error.message);
      }
    }),
  );
  return { type: 'stormed', failed: failures.length, firstFailure: failures[0] ?? null, errors };
}

/**
 * After a storm: waits until every client subscribed again holds `version` or newer (for at most
 * `timeoutMs`), and tells when the last one got there and how many never did; per client, the time from its reconnect to its first
 * snapshot, and to its subscribe answer.
 */
async function converged({ version, timeoutMs }) {
  const holds = (client) => (client.versions.at(-1) ?? -1) >= version;
  // A client whose subscribe failed hears nothing more: it is counted as behind, not waited for.
  const waiting = () => clients.some((client) => client.subscribedAt !== null && !holds(client));
  const until = Date.now() + timeoutMs;
  while (waiting() && Date.now() < until) await sleep(50);
  const heldAt = [];
  const toFirstSnapshot = [];
  const toSubscribed = [];
  for (const client of clients) {
    const index = client.versions.findIndex((received) => received >= version);
    if (index >= 0) heldAt.push(client.times[index]);
    if (client.times.length > 0) toFirstSnapshot.push(client.times[0] - client.reconnectAt);
    if (client.subscribedAt !== null) toSubscribed.push(client.subscribedAt - client.reconnectAt);
  }
  return {
    type: 'converged',
    behind: clients.length - heldAt.length,
    lastHeldAt: heldAt.reduce((latest, time) => Math.max(latest, time), 0),
    toFirstSnapshot,
    toSubscribed,
    errors,
    loopDelay: { p99: loopDelay.percentile(99) / 1e6 - SAMPLING_MS, max: loopDelay.max / 1e6 - SAMPLING_MS },
  };
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
    case 'storm':
      return storm(message);
    case 'converged':
      return converged(message);
    case 'close':
      return close();
    default:
      throw new Error(`unknown message ${message.type}`);
  }
});
