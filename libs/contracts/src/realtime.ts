import type { AnnouncementDto } from './announcements.js';
import type { CheckInCountsDto } from './event-day.js';
import type { LeaderboardDto } from './leaderboards.js';
import type { PackedBoard } from './packed-board.js';

/**
 * Socket.IO message names and payloads shared by the API gateway and the web client.
 * "Event" means a hackathon in this project, so pushes are called messages.
 */
/**
 * Follow an event: the socket joins the event's rooms its role allows and hears its messages
 * (announcements, phase changes, submission counts and the event's leaderboard). With `challengeId`
 * (one of the event's challenges) it also hears that challenge's leaderboard, in rooms of its own,
 * by the same visibility rules. `unsubscribe` with the same request leaves the challenge's rooms;
 * without `challengeId`, it leaves the event's rooms and those of every challenge of the event.
 */
export interface SubscribeRequest {
  eventSlug: string;
  challengeId?: string;
}
/**
 * `member` tells whether the socket also hears what only the event's members may (announcements);
 * `organizer` whether it hears the live leaderboard whatever the event's visibility. Refusals:
 * `EVENT_NOT_FOUND` (no such event, or not one the caller may see), `CHALLENGE_NOT_FOUND` (no such
 * challenge in that event); a refused subscribe joins no room.
 */
export type SubscribeAck =
  { ok: true; eventId: string; member: boolean; organizer: boolean } | { ok: false; code: string; message: string };

export interface PhaseChangedMessage {
  eventId: string;
  phase: string;
  at: string;
}

/**
 * A leaderboard as this socket's audience may see it: the event's (`challengeId` null), or, for a
 * socket that subscribed with a `challengeId`, that challenge's too (the same board
 * `GET /api/events/:event/leaderboard?challengeId=` answers). A challenge subscriber hears both,
 * told apart by `challengeId`. `version` is the event's leaderboard version when it was taken (it
 * only grows, shared by all the event's boards): a client keeps the newest of each board and ignores
 * older ones. Sent right after `subscribe` (each board the socket follows), then at most once per
 * coalescing window while scores change. Never sent while the caller's view is hidden.
 *
 * On the socket the board travels packed (`PackedLeaderboardSnapshotMessage`); this is the message
 * once `unpackBoard` has given the board back.
 */
export interface LeaderboardSnapshotMessage {
  eventId: string;
  challengeId: string | null;
  version: number;
  board: LeaderboardDto;
}

/**
 * `leaderboard.snapshot` as sent: the board packed by `packBoard`, so the top 50 with short names
 * fit in under 5 KB. Unpacked, it equals what the REST endpoint answers for the same version
 * (scores rounded to `PACKED_SCORE_DECIMALS`).
 */
export type PackedLeaderboardSnapshotMessage = Omit<LeaderboardSnapshotMessage, 'board'> & { board: PackedBoard };

/** How many submissions of the event are submitted and how many are still drafts. */
export interface SubmissionsCountMessage {
  eventId: string;
  submitted: number;
  drafts: number;
}

/** The event's schedule changed: pages showing it fetch it again (with the access they have). */
export interface ScheduleChangedMessage {
  eventId: string;
  at: string;
}

export interface ServerToClientMessages {
  'phase.changed': (message: PhaseChangedMessage) => void;
  'announcement.posted': (message: AnnouncementDto) => void;
  'leaderboard.snapshot': (message: PackedLeaderboardSnapshotMessage) => void;
  'submissions.count': (message: SubmissionsCountMessage) => void;
  'schedule.changed': (message: ScheduleChangedMessage) => void;
  /** To organizers: how many of the event's ticket holders have checked in. */
  'checkin.counts': (message: CheckInCountsDto) => void;
  /** The help queue or a booking changed: mentors' and teams' pages fetch what they show again. */
  'mentoring.changed': (message: { eventId: string }) => void;
  /** To a waiting team's members: their request's place in the queue (null once claimed or closed). */
  'help.position': (message: { eventId: string; requestId: string; status: string; position: number | null }) => void;
}

export interface ClientToServerMessages {
  subscribe: (request: SubscribeRequest, ack: (result: SubscribeAck) => void) => void;
  unsubscribe: (request: SubscribeRequest) => void;
}
