import type {
  ClientToServerMessages,
  ServerToClientMessages,
  SubscribeAck,
  SubscribeRequest,
} from '@hackboard/contracts';
import { MessageBody, ConnectedSocket, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { EventsService } from '../events/events.service.js';
import { publicRoom } from './realtime.rooms.js';

type RealtimeSocket = Socket<ClientToServerMessages, ServerToClientMessages>;

/** Authenticates sockets and puts them in the rooms they may hear; it never decides what is sent. */
@WebSocketGateway()
export class RealtimeGateway {
  @WebSocketServer()
  server: Server<ClientToServerMessages, ServerToClientMessages>;

  constructor(private readonly events: EventsService) {}

  @SubscribeMessage('subscribe')
  async subscribe(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() request: SubscribeRequest,
  ): Promise<SubscribeAck> {
    const slug = typeof request?.eventSlug === 'string' ? request.eventSlug : '';
    const eventId = await this.events.findPublicId(slug);
    if (!eventId) return { ok: false, code: 'EVENT_NOT_FOUND', message: `No public event has the slug "${slug}".` };
    await socket.join(publicRoom(eventId));
    return { ok: true, eventId };
  }

  @SubscribeMessage('unsubscribe')
  async unsubscribe(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() request: SubscribeRequest,
  ): Promise<void> {
    const eventId = await this.events.findPublicId(typeof request?.eventSlug === 'string' ? request.eventSlug : '');
    if (eventId) await socket.leave(publicRoom(eventId));
  }
}
