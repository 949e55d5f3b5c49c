import type { RoundDetailDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { roundPath, roundsKey } from './judging-keys';

export const roundQuery = (slug: string, roundId: string) =>
  queryOptions({
    queryKey: [...roundsKey(slug), roundId],
    queryFn: () => apiRequest<RoundDetailDto>(roundPath(slug, roundId)),
  });

/** One round with its entries and the rubric its scores use. */
export const useRound = (slug: string, roundId: string) => useQuery(roundQuery(slug, roundId));
