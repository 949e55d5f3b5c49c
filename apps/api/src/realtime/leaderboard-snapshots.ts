import type { LeaderboardDto, LeaderboardSnapshotMessage } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import type { EventAccess } from '../access/access.rules.js';

/** One leaderboard of an event (the event's, or a challenge's) for each audience, all taken at the newest version. */
export interface AudienceBoards {
  /** The event's leaderboard version (never older than the live board's). */
  version: number;
  isPublic: boolean;
  /** The live board: organizers always see it. */
  organizers: LeaderboardDto;
  /** What everyone else sees: the live board, a stored snapshot (frozen or published), or nothing. */
  others: { view: 'live' | 'snapshot'; board: LeaderboardDto } | null;
}

/**
 * The leaderboards module, which knows the boards; registered at start-up so neither module imports
 * the other. `challengeId` null means the event's board, otherwise that challenge's; a challenge
 * without a board (no heat yet) answers null.
 */
export interface LeaderboardSource {
  audienceBoards(eventId: string, challengeId: string | null): Promise<AudienceBoards | null>;
  /** What `GET /api/events/:event/leaderboard[?challengeId=]` answers this caller now, or null when hidden. */
  snapshotFor(access: EventAccess, challengeId: string | null): Promise<LeaderboardSnapshotMessage | null>;
}

/** Where the live layer reads boards from (the gateway for a new subscriber, the pushes for a room). */
@Injectable()
export class LeaderboardSnapshots {
  private source: LeaderboardSource | null = null;

  use(source: LeaderboardSource): void {
    this.source = source;
  }

  async audienceBoards(eventId: string, challengeId: string | null = null): Promise<AudienceBoards | null> {
    return (await this.source?.audienceBoards(eventId, challengeId)) ?? null;
  }

  async snapshotFor(
    access: EventAccess,
    challengeId: string | null = null,
  ): Promise<LeaderboardSnapshotMessage | null> {
    return (await this.source?.snapshotFor(access, challengeId)) ?? null;
  }
}
