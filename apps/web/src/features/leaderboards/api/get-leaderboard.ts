import type { LeaderboardDto } from '@hackboard/contracts';
import { type QueryClient, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Which rubric board: the event's, one challenge's heat, or one round's. */
export type BoardScope = { kind: 'event' } | { kind: 'challenge'; id: string } | { kind: 'round'; id: string };

export const EVENT_BOARD: BoardScope = { kind: 'event' };

/** Every board of an event starts with this key, so a newer version can refresh them all. */
export const boardsKey = (slug: string) => ['events', slug, 'leaderboard'] as const;

export const rubricBoardKey = (slug: string, scope: BoardScope) => [...boardsKey(slug), 'rubric', scope] as const;

export function scopeQuery(scope: BoardScope): string {
  if (scope.kind === 'challenge') return `?challengeId=${encodeURIComponent(scope.id)}`;
  if (scope.kind === 'round') return `?roundId=${encodeURIComponent(scope.id)}`;
  return '';
}

/**
 * A board as the caller's role may see it. The socket may have brought a newer one while this
 * request was under way: the cache never goes back to an older version.
 */
export const leaderboardQuery = (queryClient: QueryClient, slug: string, scope: BoardScope) => {
  const queryKey = rubricBoardKey(slug, scope);
  return queryOptions({
    queryKey,
    queryFn: async () => {
      const fresh = await apiRequest<LeaderboardDto>(
        `/events/${encodeURIComponent(slug)}/leaderboard${scopeQuery(scope)}`,
      );
      const held = queryClient.getQueryData<LeaderboardDto>(queryKey);
      return held && held.version > fresh.version ? held : fresh;
    },
    retry: false,
  });
};

export function useLeaderboard(slug: string, scope: BoardScope, enabled = true) {
  const queryClient = useQueryClient();
  return useQuery({ ...leaderboardQuery(queryClient, slug, scope), enabled });
}
