import type {
  ClientToServerMessages,
  ServerToClientMessages,
  SubscribeAck,
  SubscribeRequest,
} from '@hackboard/contracts';
import { MessageBody, ConnectedSocket, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { AccessService } from '../access/access.service.js';
import { publicRoom } from './realtime.rooms.js';

type RealtimeSocket = Socket<ClientToServerMessages, ServerToClientMessages>;

/** Authenticates sockets and puts them in the rooms they may hear; it never decides what is sent. */
@WebSocketGateway()
export class RealtimeGateway {
  @WebSocketServer()
  server: Server<ClientToServerMessages, ServerToClientMessages>;

  constructor(private readonly access: AccessService) {}

  @SubscribeMessage('subscribe')
  async subscribe(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() request: SubscribeRequest,
  ): Promise<SubscribeAck> {
    const eventId = await this.publicEventId(request);
    if (!eventId) return { ok: false, code: 'EVENT_NOT_FOUND', message: 'This event does not exist or is not public.' };
    await socket.join(publicRoom(eventId));
    return { ok: true, eventId };
  }

  @SubscribeMessage('unsubscribe')
  async unsubscribe(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() request: SubscribeRequest,
  ): Promise<void> {
    const eventId = await this.publicEventId(request);
    if (eventId) await socket.leave(publicRoom(eventId));
  }

  private async publicEventId(request: SubscribeRequest): Promise<string | null> {
    const slug = typeof request?.eventSlug === 'string' ? request.eventSlug : '';
    if (!slug) return null;
    const access = await this.access.eventAccess(slug, null).catch(() => null);
    return access?.event.id ?? null;
  }
}
