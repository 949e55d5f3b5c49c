import type { PairwisePairDto, PairwiseRecordDto, PairwiseVoteInput } from '@hackboard/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { juryKey } from './jury-work';

const pairwisePath = (slug: string, roundId: string, rest: string) =>
  `/events/${encodeURIComponent(slug)}/rounds/${encodeURIComponent(roundId)}/pairwise/${rest}`;

export const nextPairQuery = (slug: string, roundId: string) =>
  queryOptions({
    queryKey: [...juryKey(slug), 'pair', roundId],
    // The API answers 204 (no body) once nothing is left to compare.
    queryFn: async () => (await apiRequest<PairwisePairDto | undefined>(pairwisePath(slug, roundId, 'next'))) ?? null,
    staleTime: Infinity,
  });

/** The pair the juror is to compare now (the same pair until they vote or skip), or null when done. */
export const useNextPair = (slug: string, roundId: string) => useQuery(nextPairQuery(slug, roundId));

/** A verdict on the offered pair: a vote for the better one, or a skip of one of them. */
export type PairVerdict = { kind: 'vote'; vote: PairwiseVoteInput } | { kind: 'skip'; submissionId: string };

export function useJudgePair(slug: string, roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (verdict: PairVerdict) =>
      verdict.kind === 'vote'
        ? apiRequest<PairwiseRecordDto>(pairwisePath(slug, roundId, 'votes'), { method: 'POST', json: verdict.vote })
        : apiRequest<PairwiseRecordDto>(pairwisePath(slug, roundId, 'skip'), {
            method: 'POST',
            json: { submissionId: verdict.submissionId },
          }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: nextPairQuery(slug, roundId).queryKey }),
  });
}
