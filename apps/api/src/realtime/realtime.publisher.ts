import type { ServerToClientMessages } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { RealtimeGateway } from './realtime.gateway.js';
import { membersRoom, publicRoom } from './realtime.rooms.js';

type MessageName = keyof ServerToClientMessages & string;

/** What services call, after their transaction has committed, to push a message to an event's audience. */
@Injectable()
export class RealtimePublisher {
  constructor(private readonly gateway: RealtimeGateway) {}

  /** Everyone following the event, visitors included. */
  toPublic<Name extends MessageName>(
    eventId: string,
    name: Name,
    ...payload: Parameters<ServerToClientMessages[Name]>
  ): void {
    this.gateway.server.to(publicRoom(eventId)).emit(name, ...payload);
  }

  /** Only sockets of people with a role in the event. */
  toMembers<Name extends MessageName>(
    eventId: string,
    name: Name,
    ...payload: Parameters<ServerToClientMessages[Name]>
  ): void {
    this.gateway.server.to(membersRoom(eventId)).emit(name, ...payload);
  }
}
