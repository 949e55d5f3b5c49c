import type { RoundDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventPath, roundsKey } from './judging-keys';

export const roundsQuery = (slug: string) =>
  queryOptions({
    queryKey: roundsKey(slug),
    queryFn: () => apiRequest<RoundDto[]>(`${eventPath(slug)}/rounds`),
  });

/** The event's rounds: heats first, then the final, in their order. */
export const useRounds = (slug: string) => useQuery(roundsQuery(slug));
