import {
  type ClientToServerMessages,
  type LeaderboardDto,
  type LeaderboardSnapshotMessage,
  packedScore,
  type ServerToClientMessages,
  unpackBoard,
} from '@hackboard/contracts';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Socket, io } from 'socket.io-client';
import request from 'supertest';
import type { TestUser } from './actors.js';

export type LiveClient = Socket<ServerToClientMessages, ClientToServerMessages>;

export function urlOf(http: Server): string {
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

/** A socket as a browser would open it, signed in through the cookies given. */
export function connectLive(url: string, cookie?: string): Promise<LiveClient> {
  const client: LiveClient = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('connect_error', reject);
  });
}

/**
 * Every leaderboard snapshot a socket hears, its board unpacked as the web app does, with the time
 * it arrived; with `challengeId` (null: the event's), only those of that board.
 */
export function snapshotsOf(
  client: LiveClient,
  challengeId?: string | null,
): (LeaderboardSnapshotMessage & { at: number })[] {
  const heard: (LeaderboardSnapshotMessage & { at: number })[] = [];
  client.on('leaderboard.snapshot', (message) => {
    if (challengeId === undefined || message.challengeId === challengeId) {
      heard.push({ ...message, board: unpackBoard(message.board), at: Date.now() });
    }
  });
  return heard;
}

/** The cookies a browser of this user would send: signs in once more and keeps what it sets. */
export async function cookieOf(http: Server, user: TestUser): Promise<string> {
  const login = await request(http).post('/api/auth/login').send({ email: user.email, password: user.password });
  return (login.headers['set-cookie'] as unknown as string[]).map((cookie) => cookie.split(';')[0]).join('; ');
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
export async function eventually(check: () => boolean, what: string, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/**
 * A board without the moment it was generated, to compare a pushed board with a fetched one. Scores
 * are rounded as a pushed board carries them (and a board updated incrementally and one built
 * afresh can differ in the last bit).
 */
export const comparable = (board: LeaderboardDto) => ({
  ...board,
  generatedAt: '',
  standings: board.standings.map((standing) => ({
    ...standing,
    score: standing.score === null ? null : packedScore(standing.score),
  })),
});
