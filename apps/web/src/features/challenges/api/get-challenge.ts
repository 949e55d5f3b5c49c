import type { ChallengeDto } from '@hackboard/contracts';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { challengesQuery } from './get-challenges';

export const challengeQuery = (slug: string, challengeId: string) =>
  queryOptions({
    queryKey: ['events', slug, 'challenges', challengeId],
    queryFn: () =>
      apiRequest<ChallengeDto>(`/events/${encodeURIComponent(slug)}/challenges/${encodeURIComponent(challengeId)}`),
  });

/** One challenge; shown at once from the event's list when that is already loaded. */
export function useChallenge(slug: string, challengeId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    ...challengeQuery(slug, challengeId),
    initialData: () =>
      queryClient.getQueryData(challengesQuery(slug).queryKey)?.find((challenge) => challenge.id === challengeId),
    initialDataUpdatedAt: () => queryClient.getQueryState(challengesQuery(slug).queryKey)?.dataUpdatedAt,
  });
}
