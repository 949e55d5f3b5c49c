import type { RoundDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const resultRoundsQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug, 'rounds'],
    queryFn: () => apiRequest<RoundDto[]>(`/events/${encodeURIComponent(slug)}/rounds`),
    retry: false,
  });

/** The event's judging rounds, for the boards per round: the API lists them to organizers and challenge owners. */
export const useResultRounds = (slug: string, enabled: boolean) => useQuery({ ...resultRoundsQuery(slug), enabled });
