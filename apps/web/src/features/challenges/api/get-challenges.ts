import type { ChallengeDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const challengesQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug, 'challenges'],
    queryFn: () => apiRequest<ChallengeDto[]>(`/events/${encodeURIComponent(slug)}/challenges`),
  });

/** The event's challenges by title, each with its organization and data sets. */
export const useChallenges = (slug: string) => useQuery(challengesQuery(slug));
