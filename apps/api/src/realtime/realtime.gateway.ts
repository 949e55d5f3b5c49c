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
import { AccessError } from '../access/access.errors.js';
import { AccessService } from '../access/access.service.js';
import { AuthService } from '../auth/auth.service.js';
import { ACCESS_COOKIE, type AuthUser } from '../auth/auth.tokens.js';
import { ChallengeError } from '../challenges/challenges.errors.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { LeaderboardSnapshots } from './leaderboard-snapshots.js';
import { membersRoom, organizersRoom, publicRoom, userRoom } from './realtime.rooms.js';
import { type VisitorSubscription, VisitorSubscriptions } from './visitor-subscriptions.js';

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

/** Names what a room (minus another) was sent: the visitors of a board hear its public room minus the organizers'. */
export const boardKey = (room: string, except?: string) => (except ? `${room}\u0000${except}` : room);

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

  /** Per room (see `boardKey`), the newest leaderboard snapshot sent to its sockets on this instance. */
  readonly boardsSent = new Map<string, PackedLeaderboardSnapshotMessage>();
  private readonly visitors = new VisitorSubscriptions();

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
    try {
      if (!(await socket.data.user)) return await this.subscribeVisitor(socket, request);
      return await this.subscribeMember(socket, request);
    } catch {
      // The database did not answer (a full pool during a reconnect storm, say): not "no such
      // event", which would make the client give up, but "try again".
      return { ok: false, code: 'UNAVAILABLE', message: 'The live updates are busy. Try again shortly.' };
    }
  }

  private async subscribeMember(socket: RealtimeSocket, request: SubscribeRequest): Promise<SubscribeAck> {
    const access = await this.eventAccess(socket, request);
    if (!access) return notFound('EVENT_NOT_FOUND');
    const eventId = access.event.id;
    let challengeId: string | null = null;
    if (request.challengeId != null) {
      challengeId = await this.challengeOf(eventId, request.challengeId);
      if (!challengeId) return notFound('CHALLENGE_NOT_FOUND');
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

  /**
   * A visitor who is not signed in joins the public rooms and starts from the newest board this
   * instance sent those rooms, or the one read for visitors within the last second: no database
   * read per socket when thousands reconnect at once.
   */
  private async subscribeVisitor(socket: RealtimeSocket, request: SubscribeRequest): Promise<SubscribeAck> {
    const slug = typeof request?.eventSlug === 'string' ? request.eventSlug : '';
    const requested = request?.challengeId ?? null;
    if (!slug) return notFound('EVENT_NOT_FOUND');
    if (requested !== null && typeof requested !== 'string') return notFound('CHALLENGE_NOT_FOUND');
    const visit = await this.visitors.get(JSON.stringify([slug, requested]), () =>
      this.visitorSubscription(slug, requested),
    );
    if (!visit.ok) return notFound(visit.code);
    const { eventId, boards, snapshots } = visit;
    await socket.join(boards.map((board) => publicRoom(eventId, board)));
    for (const board of boards) {
      const read = snapshots.get(board);
      // Nothing read: the board is hidden from visitors now, whatever their room heard before.
      if (!read) continue;
      const sent = this.boardsSent.get(boardKey(publicRoom(eventId, board), organizersRoom(eventId, board)));
      socket.emit('leaderboard.snapshot', sent && sent.version >= read.version ? sent : read);
    }
    return { ok: true, eventId, member: false, organizer: false };
  }

  private async visitorSubscription(slug: string, requested: string | null): Promise<VisitorSubscription> {
    const access = await this.access.eventAccess(slug, null).catch(absentOnly);
    if (!access) return { ok: false, code: 'EVENT_NOT_FOUND' };
    const eventId = access.event.id;
    const challengeId = requested === null ? null : await this.challengeOf(eventId, requested);
    if (requested !== null && !challengeId) return { ok: false, code: 'CHALLENGE_NOT_FOUND' };
    const boards = challengeId ? [null, challengeId] : [null];
    const snapshots = new Map<string | null, PackedLeaderboardSnapshotMessage | null>();
    for (const board of boards) {
      const snapshot = await this.snapshots.snapshotFor(access, board).catch(() => null);
      snapshots.set(board, snapshot ? { ...snapshot, board: packBoard(snapshot.board) } : null);
    }
    return { ok: true, eventId, boards, snapshots };
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
    return slug ? await this.access.eventAccess(slug, user).catch(absentOnly) : null;
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

function notFound(code: 'EVENT_NOT_FOUND' | 'CHALLENGE_NOT_FOUND'): SubscribeAck {
  const message =
    code === 'EVENT_NOT_FOUND' ? 'This event does not exist or is not public.' : 'This event has no such challenge.';
  return { ok: false, code, message };
}

/** An event the caller may not see is absent; any other failure is not an answer and is passed on. */
function absentOnly(error: unknown): null {
  if (error instanceof AccessError) return null;
  throw error;
}
