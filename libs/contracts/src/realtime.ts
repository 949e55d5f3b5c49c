import type { AnnouncementDto } from './announcements.js';
import type { LeaderboardDto } from './leaderboards.js';

/**
 * Socket.IO message names and payloads shared by the API gateway and the web client.
 * "Event" means a hackathon in this project, so pushes are called messages.
 */
export interface SubscribeRequest {
  eventSlug: string;
}
/**
 * `member` tells whether the socket also hears what only the event's members may (announcements);
 * `organizer` whether it hears the live leaderboard whatever the event's visibility.
 */
export type SubscribeAck =
  { ok: true; eventId: string; member: boolean; organizer: boolean } | { ok: false; code: string; message: string };

export interface PhaseChangedMessage {
  eventId: string;
  phase: string;
  at: string;
}

/**
 * The event leaderboard as this socket's audience may see it. `version` is the event's leaderboard
 * version when it was taken (it only grows): a client keeps the newest and ignores older ones.
 * Sent right after `subscribe` (the same board `GET /api/events/:event/leaderboard` answers), then at
 * most once per coalescing window while scores change.
 */
export interface LeaderboardSnapshotMessage {
  eventId: string;
  version: number;
  board: LeaderboardDto;
}

/** How many submissions of the event are submitted and how many are still drafts. */
export interface SubmissionsCountMessage {
  eventId: string;
  submitted: number;
  drafts: number;
}

export interface ServerToClientMessages {
  'phase.changed': (message: PhaseChangedMessage) => void;
  'announcement.posted': (message: AnnouncementDto) => void;
  'leaderboard.snapshot': (message: LeaderboardSnapshotMessage) => void;
  'submissions.count': (message: SubmissionsCountMessage) => void;
}

export interface ClientToServerMessages {
  subscribe: (request: SubscribeRequest, ack: (result: SubscribeAck) => void) => void;
  unsubscribe: (request: SubscribeRequest) => void;
}
