import type { AudienceBoardDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { boardsKey } from './get-leaderboard';

export const audienceBoardQuery = (slug: string, challengeId: string | null) =>
  queryOptions({
    queryKey: [...boardsKey(slug), 'audience', challengeId],
    queryFn: () =>
      apiRequest<AudienceBoardDto>(
        `/events/${encodeURIComponent(slug)}/audience-board${challengeId ? `?challengeId=${encodeURIComponent(challengeId)}` : ''}`,
      ),
    retry: false,
  });

/**
 * Votes per project with shared ranks, for one challenge or the whole event. A vote raises the
 * event's leaderboard version, so the live boards fetch this again when a newer snapshot is pushed.
 */
export const useAudienceBoard = (slug: string, challengeId: string | null) =>
  useQuery(audienceBoardQuery(slug, challengeId));
