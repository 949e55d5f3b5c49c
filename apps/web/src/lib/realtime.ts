import type { ClientToServerMessages, ServerToClientMessages, SubscribeAck } from '@hackboard/contracts';
import type { Socket } from 'socket.io-client';
import { refreshSession } from './api-client';

type RealtimeSocket = Socket<ServerToClientMessages, ClientToServerMessages>;
export type MessageName = keyof ServerToClientMessages;

interface Room {
  /** How many parts of the page want this event's messages. */
  users: number;
  /** Whether the user holds a role in the event, so the socket should hear its members' messages too. */
  member: boolean;
  /** The challenges whose leaderboard parts of the page follow too, with how many parts follow each. */
  challenges: Map<string, number>;
}

let connecting: Promise<RealtimeSocket> | null = null;
const rooms = new Map<string, Room>();
const reconnectListeners = new Set<() => void>();
// A socket that connected with an expired access cookie is anonymous; one refresh and reconnect fixes it.
let refreshedForSocket = false;

/**
 * The one socket of the page, made on first use. socket.io-client is loaded only then, so pages
 * without live updates never download it. It authenticates with the access cookie.
 */
function getSocket(): Promise<RealtimeSocket> {
  connecting ??= import('socket.io-client').then(({ io }) => {
    const socket: RealtimeSocket = io({ transports: ['websocket'], withCredentials: true });
    let connectedBefore = false;
    // The server closes a user's sockets when their roles change: connect again, with the access they have now.
    socket.on('disconnect', (reason) => {
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('connect', () => {
      for (const slug of rooms.keys()) join(socket, slug);
      // Messages sent while the connection was down are lost: whoever listens fetches again.
      if (connectedBefore) for (const listener of reconnectListeners) listener();
      connectedBefore = true;
    });
    return socket;
  });
  return connecting;
}

/** Runs `send` now if the socket is connected; otherwise its next connection joins every room anyway. */
function whenConnected(send: (socket: RealtimeSocket) => void): void {
  void getSocket().then((socket) => socket.connected && send(socket));
}

function join(socket: RealtimeSocket, slug: string): void {
  for (const challengeId of rooms.get(slug)?.challenges.keys() ?? []) {
    socket.emit('subscribe', { eventSlug: slug, challengeId }, () => {});
  }
  socket.emit('subscribe', { eventSlug: slug }, (ack: SubscribeAck) => {
    const room = rooms.get(slug);
    if (!room) return;
    if (!ack.ok) {
      // Busy (thousands reconnecting at once): ask again a little later, spread out.
      if (ack.code === 'UNAVAILABLE')
        setTimeout(() => socket.connected && join(socket, slug), 1_000 + Math.random() * 2_000);
      return;
    }
    if (ack.member || !room.member) {
      refreshedForSocket = false;
      return;
    }
    if (refreshedForSocket) return;
    refreshedForSocket = true;
    void refreshSession().then((ok) => {
      if (ok) socket.disconnect().connect();
    });
  });
}

/**
 * Joins the event's rooms until the returned function is called; `member` says whether the user
 * holds a role in the event (then the socket should also hear what only members may). With
 * `challengeId`, the socket also hears that challenge's leaderboard (snapshots whose `challengeId`
 * is set; the event's own have null).
 */
export function subscribeToEvent(slug: string, member: boolean, challengeId?: string | null): () => void {
  const existing = rooms.get(slug);
  const room = existing ?? { users: 0, member, challenges: new Map<string, number>() };
  rooms.set(slug, room);
  const upgraded = !!existing && member && !room.member;
  if (upgraded) room.member = true;
  const newChallenge = !!challengeId && !room.challenges.has(challengeId);
  room.users += 1;
  if (challengeId) room.challenges.set(challengeId, (room.challenges.get(challengeId) ?? 0) + 1);
  if (!existing || upgraded) whenConnected((socket) => join(socket, slug));
  else if (newChallenge)
    whenConnected((socket) => socket.emit('subscribe', { eventSlug: slug, challengeId }, () => {}));
  return () => {
    const current = rooms.get(slug);
    if (!current) return;
    current.users -= 1;
    if (challengeId) {
      const followers = (current.challenges.get(challengeId) ?? 1) - 1;
      if (followers > 0) current.challenges.set(challengeId, followers);
      else current.challenges.delete(challengeId);
    }
    if (current.users <= 0) {
      rooms.delete(slug);
      // Leaving the event leaves its challenges too.
      whenConnected((socket) => !rooms.has(slug) && socket.emit('unsubscribe', { eventSlug: slug }));
    } else if (challengeId && !current.challenges.has(challengeId)) {
      whenConnected(
        (socket) =>
          !rooms.get(slug)?.challenges.has(challengeId) && socket.emit('unsubscribe', { eventSlug: slug, challengeId }),
      );
    }
  };
}

/** Calls `handler` for every message of this name until the returned function is called. */
export function onMessage<K extends MessageName>(name: K, handler: ServerToClientMessages[K]): () => void {
  let active = true;
  let remove = () => {};
  void getSocket().then((socket) => {
    if (!active) return;
    // socket.io's typed listeners do not narrow through a generic name.
    const listener = handler as never;
    socket.on(name, listener);
    remove = () => socket.off(name, listener);
  });
  return () => {
    active = false;
    remove();
  };
}

/** Calls `listener` each time the socket comes back after losing its connection. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/**
 * Connects again with the current cookies, once someone signs in or out: a socket keeps the
 * identity it connected with, so the rooms it may join must be decided for the new one.
 */
export function reconnectRealtime(): void {
  if (!connecting) return;
  refreshedForSocket = false;
  void connecting.then((socket) => {
    socket.disconnect();
    socket.connect();
  });
}
