import type { ServerToClientMessages } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { RealtimeGateway } from './realtime.gateway.js';
import { publicRoom } from './realtime.rooms.js';

/** What services call, after their transaction has committed, to push a message to an event's audience. */
@Injectable()
export class RealtimePublisher {
  constructor(private readonly gateway: RealtimeGateway) {}

  toPublic<Name extends keyof ServerToClientMessages & string>(
    eventId: string,
    name: Name,
    ...payload: Parameters<ServerToClientMessages[Name]>
  ): void {
    this.gateway.server.to(publicRoom(eventId)).emit(name, ...payload);
  }
}
