import type { RoundDetailDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshJudging, roundPath } from './judging-keys';

export const syncEntries = (slug: string, roundId: string) =>
  apiRequest<RoundDetailDto>(`${roundPath(slug, roundId)}/entries/sync`, { method: 'POST' });

/** A heat's entries become its challenge's submitted submissions again (until scoring starts). */
export function useSyncEntries(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roundId: string) => syncEntries(slug, roundId),
    onSuccess: () => refreshJudging(queryClient, slug),
  });
}
