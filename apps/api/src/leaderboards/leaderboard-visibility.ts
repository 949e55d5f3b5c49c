import { type EventAccess, isOrganizer } from '../access/access.rules.js';

/**
 * Which leaderboard a caller may see, from the event's visibility setting:
 *  - organizers always see the live board;
 *  - once results are published, everyone sees the published snapshot;
 *  - `live`: everyone who may see the event sees the live board;
 *  - `organizers-until-published`: nobody else sees anything until publication;
 *  - `frozen`: the live board until the organizer freezes it, then the snapshot taken at the freeze.
 */
export type LeaderboardView = 'live' | 'frozen-snapshot' | 'published-snapshot' | 'hidden';

export function leaderboardViewFor(access: EventAccess, now: Date): LeaderboardView {
  const { event } = access;
  if (isOrganizer(access)) return 'live';
  if (event.resultsPublishedAt && event.resultsPublishedAt.getTime() <= now.getTime()) return 'published-snapshot';
  switch (event.leaderboardVisibility) {
    case 'live':
      return 'live';
    case 'frozen':
      return event.leaderboardFrozenAt ? 'frozen-snapshot' : 'live';
    default:
      return 'hidden';
  }
}
