import type { LeaderboardDto, LeaderboardSnapshotMessage } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import type { EventAccess } from '../access/access.rules.js';

/** An event's leaderboard for each audience, all taken at the newest version. */
export interface AudienceBoards {
  /** The event's leaderboard version (never older than the live board's). */
  version: number;
  isPublic: boolean;
  /** The live board: organizers always see it. */
  organizers: LeaderboardDto;
  /** What everyone else sees: the live board, a stored snapshot (frozen or published), or nothing. */
  others: { view: 'live' | 'snapshot'; board: LeaderboardDto } | null;
}

/** The leaderboards module, which knows the boards; registered at start-up so neither module imports the other. */
export interface LeaderboardSource {
  audienceBoards(eventId: string): Promise<AudienceBoards | null>;
  /** What `GET /api/events/:event/leaderboard` answers this caller now, or null when hidden. */
  snapshotFor(access: EventAccess): Promise<LeaderboardSnapshotMessage | null>;
}

/** Where the live layer reads boards from (the gateway for a new subscriber, the pushes for a room). */
@Injectable()
export class LeaderboardSnapshots {
  private source: LeaderboardSource | null = null;

  use(source: LeaderboardSource): void {
    this.source = source;
  }

  async audienceBoards(eventId: string): Promise<AudienceBoards | null> {
    return (await this.source?.audienceBoards(eventId)) ?? null;
  }

  async snapshotFor(access: EventAccess): Promise<LeaderboardSnapshotMessage | null> {
    return (await this.source?.snapshotFor(access)) ?? null;
  }
}
