import type { ServerToClientMessages } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { RealtimeGateway } from './realtime.gateway.js';
import { eventOfRoom, membersRoom, organizersRoom, publicRoom } from './realtime.rooms.js';

type MessageName = keyof ServerToClientMessages & string;

/** Who hears a push: a room, minus the sockets of another; `local`: only this instance's sockets. */
export interface PushTarget {
  room: string;
  except?: string;
  local?: boolean;
}

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
    this.to({ room: publicRoom(eventId) }, name, ...payload);
  }

  /** Only sockets of people with a role in the event. */
  toMembers<Name extends MessageName>(
    eventId: string,
    name: Name,
    ...payload: Parameters<ServerToClientMessages[Name]>
  ): void {
    this.to({ room: membersRoom(eventId) }, name, ...payload);
  }

  /** Only sockets of the event's organizers (and administrators). */
  toOrganizers<Name extends MessageName>(
    eventId: string,
    name: Name,
    ...payload: Parameters<ServerToClientMessages[Name]>
  ): void {
    this.to({ room: organizersRoom(eventId) }, name, ...payload);
  }

  to<Name extends MessageName>(
    target: PushTarget,
    name: Name,
    ...payload: Parameters<ServerToClientMessages[Name]>
  ): void {
    let operator = target.local ? this.gateway.server.local.to(target.room) : this.gateway.server.to(target.room);
    if (target.except) operator = operator.except(target.except);
    operator.emit(name, ...payload);
  }

  /** Events with at least one socket subscribed on this instance. */
  locallyFollowedEvents(): string[] {
    const events = new Set<string>();
    for (const room of this.gateway.server.of('/').adapter.rooms.keys()) {
      const eventId = eventOfRoom(room);
      if (eventId) events.add(eventId);
    }
    return [...events];
  }
}
