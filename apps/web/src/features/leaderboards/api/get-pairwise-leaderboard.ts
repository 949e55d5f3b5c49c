import type { PairwiseLeaderboardDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { boardsKey } from './get-leaderboard';

export const pairwiseLeaderboardQuery = (slug: string, roundId: string) =>
  queryOptions({
    queryKey: [...boardsKey(slug), 'pairwise', roundId],
    queryFn: () =>
      apiRequest<PairwiseLeaderboardDto>(
        `/events/${encodeURIComponent(slug)}/rounds/${encodeURIComponent(roundId)}/pairwise/leaderboard`,
      ),
    retry: false,
  });

/** A pairwise round's CrowdBT ranking, as the event's leaderboard visibility allows. */
export const usePairwiseLeaderboard = (slug: string, roundId: string | null) =>
  useQuery({ ...pairwiseLeaderboardQuery(slug, roundId ?? ''), enabled: !!roundId });
