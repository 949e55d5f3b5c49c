import type {
  ClientToServerMessages,
  ServerToClientMessages,
  SubscribeAck,
  SubscribeRequest,
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
import { isOrganizer } from '../access/access.rules.js';
import { AccessService } from '../access/access.service.js';
import { AuthService } from '../auth/auth.service.js';
import { ACCESS_COOKIE, type AuthUser } from '../auth/auth.tokens.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { LeaderboardSnapshots } from './leaderboard-snapshots.js';
import { membersRoom, organizersRoom, publicRoom } from './realtime.rooms.js';

/** `user` is resolved while the first messages may already arrive: handlers await it. */
type SocketData = { user: Promise<AuthUser | null> };
type RealtimeSocket = Socket<ClientToServerMessages, ServerToClientMessages, Record<string, never>, SocketData>;

/**
 * Authenticates sockets with the same credentials as HTTP (the access cookie, or `auth.token`)
 * and puts them in the rooms they may hear. It never decides what is sent: on subscribe it hands
 * the socket the leaderboard snapshot that `LeaderboardSnapshots` says this caller may see.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayConnection {
  @WebSocketServer()
  server: Server<ClientToServerMessages, ServerToClientMessages>;

  constructor(
    private readonly access: AccessService,
    private readonly auth: AuthService,
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
    await socket.data.user;
  }

  @SubscribeMessage('subscribe')
  async subscribe(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() request: SubscribeRequest,
  ): Promise<SubscribeAck> {
    const slug = typeof request?.eventSlug === 'string' ? request.eventSlug : '';
    const user = (await socket.data.user) ?? null;
    const access = slug ? await this.access.eventAccess(slug, user).catch(() => null) : null;
    if (!access) return { ok: false, code: 'EVENT_NOT_FOUND', message: 'This event does not exist or is not public.' };
    const eventId = access.event.id;
    const member = access.isAdmin || access.roles.size > 0;
    const organizer = isOrganizer(access);
    const rooms = [publicRoom(eventId)];
    if (member) rooms.push(membersRoom(eventId));
    if (organizer) rooms.push(organizersRoom(eventId));
    await socket.join(rooms);
    // Joined first, then read: a push racing this snapshot is newer or equal, never lost.
    const snapshot = await this.snapshots.snapshotFor(access).catch(() => null);
    if (snapshot) socket.emit('leaderboard.snapshot', snapshot);
    return { ok: true, eventId, member, organizer };
  }

  @SubscribeMessage('unsubscribe')
  async unsubscribe(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() request: SubscribeRequest,
  ): Promise<void> {
    const slug = typeof request?.eventSlug === 'string' ? request.eventSlug : '';
    const user = (await socket.data.user) ?? null;
    const access = slug ? await this.access.eventAccess(slug, user).catch(() => null) : null;
    if (!access) return;
    await socket.leave(publicRoom(access.event.id));
    await socket.leave(membersRoom(access.event.id));
    await socket.leave(organizersRoom(access.event.id));
  }
}
