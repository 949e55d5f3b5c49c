import {
  type ClientToServerMessages,
  packBoard,
  type PackedLeaderboardSnapshotMessage,
  type ServerToClientMessages,
  type SubscribeAck,
  type SubscribeRequest,
} from '@hackboard/contracts';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { parse as parseCookies } from 'cookie';
import type { Server, Socket } from 'socket.io';
import { type EventAccess, isOrganizer } from '../access/access.rules.js';
import { AccessService } from '../access/access.service.js';
import { AuthService } from '../auth/auth.service.js';
import { ACCESS_COOKIE, type AuthUser } from '../auth/auth.tokens.js';
import { ChallengeError } from '../challenges/challenges.errors.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { LeaderboardSnapshots } from './leaderboard-snapshots.js';
import { membersRoom, organizersRoom, publicRoom, userRoom } from './realtime.rooms.js';

/** Messages between API instances, relayed by the Redis adapter; clients never see them. */
export interface InstanceMessages {
  /** The event's leaderboard changed: push the boards of its challenges followed on your own sockets. */
  'leaderboard.changed': (eventId: string) => void;
  /** A board for a room: deliver it to your own sockets in that room unless they already had a newer one. */
  'leaderboard.board': (delivery: BoardDelivery) => void;
}

/** One leaderboard snapshot for the sockets of a room (minus those of `except`). */
export interface BoardDelivery {
  room: string;
  except?: string;
  message: PackedLeaderboardSnapshotMessage;
}

/** `user` is resolved while the first messages may already arrive: handlers await it. */
type SocketData = { user: Promise<AuthUser | null> };
type RealtimeSocket = Socket<ClientToServerMessages, ServerToClientMessages, InstanceMessages, SocketData>;

/**
 * Authenticates sockets with the same credentials as HTTP (the access cookie, or `auth.token`)
 * and puts them in the rooms they may hear. It never decides what is sent: on subscribe it hands
 * the socket the leaderboard snapshot that `LeaderboardSnapshots` says this caller may see, packed
 * like every pushed board.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayConnection {
  @WebSocketServer()
  server: Server<ClientToServerMessages, ServerToClientMessages, InstanceMessages>;

  constructor(
    private readonly access: AccessService,
    private readonly auth: AuthService,
    private readonly challenges: ChallengesService,
    private readonly metrics: MetricsService,
    private readonly snapshots: LeaderboardSnapshots,
  ) {}

  async handleConnection(socket: RealtimeSocket): Promise<void> {
    this.metrics.socketConnected();
    socket.once('disconnect', () => this.metrics.socketDisconnected());
    const fromCookie = parseCookies(socket.handshake.headers.cookie ?? '')[ACCESS_COOKIE];
    const fromAuth = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    const token = fromCookie ?? (typeof fromAuth === 'string' ? fromAuth : undefined);
    socket.data.user = token ? this.auth.userForAccessToken(token) : Promise.resolve(null);
    const user = await socket.data.user;
    if (user) await socket.join(userRoom(user.id));
  }

  @SubscribeMessage('subscribe')
  async subscribe(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() request: SubscribeRequest,
  ): Promise<SubscribeAck> {
    const access = await this.eventAccess(socket, request);
    if (!access) return { ok: false, code: 'EVENT_NOT_FOUND', message: 'This event does not exist or is not public.' };
    const eventId = access.event.id;
    let challengeId: string | null = null;
    if (request.challengeId != null) {
      challengeId = await this.challengeOf(eventId, request.challengeId);
      if (!challengeId) return { ok: false, code: 'CHALLENGE_NOT_FOUND', message: 'This event has no such challenge.' };
    }
    const member = access.isAdmin || access.roles.size > 0;
    const organizer = isOrganizer(access);
    const boards = challengeId ? [null, challengeId] : [null];
    const rooms: string[] = [];
    for (const board of boards) {
      rooms.push(publicRoom(eventId, board));
      if (member) rooms.push(membersRoom(eventId, board));
      if (organizer) rooms.push(organizersRoom(eventId, board));
    }
    await socket.join(rooms);
    // Joined first, then read: a push racing these snapshots is newer or equal, never lost.
    for (const board of boards) {
      const snapshot = await this.snapshots.snapshotFor(access, board).catch(() => null);
      if (snapshot) socket.emit('leaderboard.snapshot', { ...snapshot, board: packBoard(snapshot.board) });
    }
    return { ok: true, eventId, member, organizer };
  }

  @SubscribeMessage('unsubscribe')
  async unsubscribe(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() request: SubscribeRequest,
  ): Promise<void> {
    const access = await this.eventAccess(socket, request);
    if (!access) return;
    const eventId = access.event.id;
    if (request.challengeId != null) {
      if (typeof request.challengeId !== 'string') return;
      const challengeId = request.challengeId.toLowerCase();
      for (const room of [publicRoom, membersRoom, organizersRoom]) await socket.leave(room(eventId, challengeId));
      return;
    }
    // Leaving the event leaves its challenges too.
    const prefix = `event:${eventId}:`;
    for (const room of [...socket.rooms]) {
      if (room.startsWith(prefix)) await socket.leave(room);
    }
  }

  private async eventAccess(
    socket: RealtimeSocket,
    request: SubscribeRequest | undefined,
  ): Promise<EventAccess | null> {
    const slug = typeof request?.eventSlug === 'string' ? request.eventSlug : '';
    const user = (await socket.data.user) ?? null;
    return slug ? await this.access.eventAccess(slug, user).catch(() => null) : null;
  }

  /** The challenge's id as stored, or null when the event has no such challenge. */
  private async challengeOf(eventId: string, requested: unknown): Promise<string | null> {
    if (typeof requested !== 'string') return null;
    try {
      return (await this.challenges.getInEvent(eventId, requested)).id;
    } catch (error) {
      if (error instanceof ChallengeError) return null;
      throw error;
    }
  }
}
