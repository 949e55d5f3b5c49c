import type { AnnouncementDto } from './announcements.js';

/**
 * Socket.IO message names and payloads shared by the API gateway and the web client.
 * "Event" means a hackathon in this project, so pushes are called messages.
 */
export interface SubscribeRequest {
  eventSlug: string;
}
/** `member` tells whether the socket also hears what only the event's members may (announcements). */
export type SubscribeAck =
  { ok: true; eventId: string; member: boolean } | { ok: false; code: string; message: string };

export interface PhaseChangedMessage {
  eventId: string;
  phase: string;
  at: string;
}

export interface ServerToClientMessages {
  'phase.changed': (message: PhaseChangedMessage) => void;
  'announcement.posted': (message: AnnouncementDto) => void;
  /** A leaderboard of the event moved to `version`: fetch it again (never older than a version seen). */
  'leaderboard.updated': (message: { eventId: string; version: number }) => void;
}

export interface ClientToServerMessages {
  subscribe: (request: SubscribeRequest, ack: (result: SubscribeAck) => void) => void;
  unsubscribe: (request: SubscribeRequest) => void;
}
