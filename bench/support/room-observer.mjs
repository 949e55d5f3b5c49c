import { io } from 'socket.io-client';
import { onCleanUp } from './processes.mjs';
import { wallClockMs } from './stats.mjs';

/**
 * One more subscriber, in the benchmark's own process, which has nothing else to do: it sees each
 * push about when the server sends it, however far behind the many clients fall.
 */
export async function observeRoom(url, slug) {
  const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  const seen = { times: [], lastMessage: null };
  socket.on('leaderboard.snapshot', (message) => {
    seen.times.push(wallClockMs());
    seen.lastMessage = message;
  });
  await new Promise((done, reject) => {
    socket.once('connect', done);
    socket.once('connect_error', reject);
  });
  const ack = await socket.timeout(30_000).emitWithAck('subscribe', { eventSlug: slug });
  if (!ack.ok) throw new Error(`the observer could not subscribe: ${ack.code}`);
  const close = () => socket.disconnect();
  onCleanUp(close);
  return Object.assign(seen, { close });
}
