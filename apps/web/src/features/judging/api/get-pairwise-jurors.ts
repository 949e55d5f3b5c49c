import type { PairwiseJurorDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { roundPath, roundsKey } from './judging-keys';

export const pairwiseJurorsKey = (slug: string, roundId: string) => [...roundsKey(slug), roundId, 'pairwise-jurors'];

export const pairwiseJurorsQuery = (slug: string, roundId: string) =>
  queryOptions({
    queryKey: pairwiseJurorsKey(slug, roundId),
    queryFn: () => apiRequest<PairwiseJurorDto[]>(`${roundPath(slug, roundId)}/pairwise/jurors`),
  });

/** A pairwise round's jurors: votes, estimated reliability with its uncertainty, the evidence and whether their votes count. */
export const usePairwiseJurors = (slug: string, roundId: string) => useQuery(pairwiseJurorsQuery(slug, roundId));
