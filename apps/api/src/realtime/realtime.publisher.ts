import type { ServerToClientMessages } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { type BoardDelivery, boardKey, type InstanceMessages, RealtimeGateway } from './realtime.gateway.js';
import { boardOfRoom, membersRoom, organizersRoom, publicRoom, userRoom } from './realtime.rooms.js';

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

  /**
   * A leaderboard snapshot to this instance's sockets in a room, unless the room was already sent a
   * newer version here: whatever order pushes arrive in (another instance's relayed late, say a
   * publish its Redis client held back through an outage), no room ever hears its board go back.
   * Answers whether it was sent.
   */
  boardToLocal({ room, except, message }: BoardDelivery): boolean {
    const sent = this.gateway.boardsSent;
    const key = boardKey(room, except);
    if ((sent.get(key)?.version ?? -1) > message.version) return false;
    sent.set(key, message);
    this.to({ room, except, local: true }, 'leaderboard.snapshot', message);
    return true;
  }

  /**
   * Disconnects every socket of a user, on every instance: after a role is taken away, the rooms it
   * joined must not keep hearing what the role could. The web client connects again at once and
   * subscribes with the access it has now.
   */
  disconnectUser(userId: string): void {
    this.gateway.server.in(userRoom(userId)).disconnectSockets();
  }

  /** Events with at least one socket subscribed on this instance. */
  locallyFollowedEvents(): string[] {
    const events = new Set<string>();
    for (const room of this.localRooms()) {
      const board = boardOfRoom(room);
      if (board) events.add(board.eventId);
    }
    return [...events];
  }

  /** The event's challenges whose leaderboard at least one socket on this instance follows. */
  locallyFollowedChallenges(eventId: string): string[] {
    const challenges = new Set<string>();
    const prefix = `event:${eventId}:challenge:`;
    for (const room of this.localRooms()) {
      if (!room.startsWith(prefix)) continue;
      const challengeId = boardOfRoom(room)?.challengeId;
      if (challengeId) challenges.add(challengeId);
    }
    return [...challenges];
  }

  /** A message for the other API instances (through the Redis adapter; never to clients, never to this instance). */
  toOtherInstances<Name extends keyof InstanceMessages>(
    name: Name,
    ...payload: Parameters<InstanceMessages[Name]>
  ): void {
    this.gateway.server.serverSideEmit(name, ...payload);
  }

  /** Calls `listener` for each such message another instance sends. */
  onOtherInstances<Name extends keyof InstanceMessages>(name: Name, listener: InstanceMessages[Name]): void {
    // socket.io's typed listeners do not narrow through a generic name.
    this.gateway.server.on(name, listener as never);
  }

  private localRooms(): IterableIterator<string> {
    return this.gateway.server.of('/').adapter.rooms.keys();
  }
}
