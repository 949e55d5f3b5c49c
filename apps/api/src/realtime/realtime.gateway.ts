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
import { AccessService } from '../access/access.service.js';
import { AuthService } from '../auth/auth.service.js';
import { ACCESS_COOKIE, type AuthUser } from '../auth/auth.tokens.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { membersRoom, publicRoom } from './realtime.rooms.js';

type SocketData = { user: AuthUser | null };
type RealtimeSocket = Socket<ClientToServerMessages, ServerToClientMessages, Record<string, never>, SocketData>;

/**
 * Authenticates sockets with the same credentials as HTTP (the access cookie, or `auth.token`)
 * and puts them in the rooms they may hear. It never decides what is sent.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayConnection {
  @WebSocketServer()
  server: Server<ClientToServerMessages, ServerToClientMessages>;

  constructor(
    private readonly access: AccessService,
    private readonly auth: AuthService,
    private readonly metrics: MetricsService,
  ) {}

  async handleConnection(socket: RealtimeSocket): Promise<void> {
    this.metrics.socketConnected();
    socket.once('disconnect', () => this.metrics.socketDisconnected());
    const fromCookie = parseCookies(socket.handshake.headers.cookie ?? '')[ACCESS_COOKIE];
    const fromAuth = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    const token = fromCookie ?? (typeof fromAuth === 'string' ? fromAuth : undefined);
    socket.data.user = token ? await this.auth.userForAccessToken(token) : null;
  }

  @SubscribeMessage('subscribe')
  async subscribe(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() request: SubscribeRequest,
  ): Promise<SubscribeAck> {
    const slug = typeof request?.eventSlug === 'string' ? request.eventSlug : '';
    const access = slug ? await this.access.eventAccess(slug, socket.data.user ?? null).catch(() => null) : null;
    if (!access) return { ok: false, code: 'EVENT_NOT_FOUND', message: 'This event does not exist or is not public.' };
    const member = access.isAdmin || access.roles.size > 0;
    await socket.join(
      member ? [publicRoom(access.event.id), membersRoom(access.event.id)] : [publicRoom(access.event.id)],
    );
    return { ok: true, eventId: access.event.id, member };
  }

  @SubscribeMessage('unsubscribe')
  async unsubscribe(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() request: SubscribeRequest,
  ): Promise<void> {
    const slug = typeof request?.eventSlug === 'string' ? request.eventSlug : '';
    const access = slug ? await this.access.eventAccess(slug, socket.data.user ?? null).catch(() => null) : null;
    if (!access) return;
    await socket.leave(publicRoom(access.event.id));
    await socket.leave(membersRoom(access.event.id));
  }
}
