// The yardstick for the live layer: a plain Socket.IO server with the API's transport options and
// no application logic. Clients subscribe to one room; on request it broadcasts a given payload to
// that room at a steady rate and reports when it sent each version. Driven by bench/fanout.mjs,
// and by bench/scale.mjs with a Redis URL: then several run side by side on the same Redis adapter
// as the API (@socket.io/redis-adapter, pub/sub), and a broadcast reaches every server's sockets.
import { createServer } from 'node:http';
import { setInterval, clearInterval } from 'node:timers';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { serveParent } from './child-process.mjs';
import { wallClockMs } from '../support/stats.mjs';

const ROOM = 'event:bench:public';
let io = null;

/** The options apps/api/src/realtime/realtime-io.adapter.ts gives the API's Socket.IO server. */
const API_OPTIONS = { transports: ['websocket', 'polling'], perMessageDeflate: false, serveClient: false };

function listen({ redisUrl, key } = {}) {
  const http = createServer();
  io = new Server(http, API_OPTIONS);
  if (redisUrl) {
    const publisher = new Redis(redisUrl);
    io.adapter(createAdapter(publisher, publisher.duplicate(), { key }));
  }
  io.on('connection', (socket) => {
    socket.on('subscribe', async (_request, ack) => {
      await socket.join(ROOM);
      ack({ ok: true, eventId: 'bench', member: false, organizer: false });
    });
  });
  return new Promise((done) => {
    http.listen(0, '127.0.0.1', () => done({ type: 'listening', url: `http://127.0.0.1:${http.address().port}` }));
  });
}

/**
 * Broadcasts `payload` (the API's last `leaderboard.snapshot`, board packed as the API sends it) with
 * a growing `version`, `count` times, one every `intervalMs`.
 */
function broadcast({ payload, count, intervalMs, firstVersion }) {
  const marks = [];
  return new Promise((done) => {
    const timer = setInterval(() => {
      const version = firstVersion + marks.length;
      marks.push({ version, at: wallClockMs() });
      io.to(ROOM).emit('leaderboard.snapshot', { ...payload, version });
      if (marks.length === count) {
        clearInterval(timer);
        done({ type: 'broadcasted', marks });
      }
    }, intervalMs);
  });
}

serveParent((message) => {
  switch (message.type) {
    case 'listen':
      return listen(message);
    case 'broadcast':
      return broadcast(message);
    default:
      throw new Error(`unknown message ${message.type}`);
  }
});
