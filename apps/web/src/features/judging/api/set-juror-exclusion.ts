import type { PairwiseJurorDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshJudging, roundPath } from './judging-keys';

export const setJurorExclusion = (slug: string, roundId: string, jurorId: string, excluded: boolean) =>
  apiRequest<PairwiseJurorDto>(`${roundPath(slug, roundId)}/pairwise/jurors/${encodeURIComponent(jurorId)}/exclusion`, {
    method: excluded ? 'PUT' : 'DELETE',
  });

/**
 * Takes a juror's votes out of the round's pairwise board, or counts them again. The board itself
 * follows through the live update the change pushes.
 */
export function useSetJurorExclusion(slug: string, roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ jurorId, excluded }: { jurorId: string; excluded: boolean }) =>
      setJurorExclusion(slug, roundId, jurorId, excluded),
    onSuccess: () => refreshJudging(queryClient, slug),
  });
}
