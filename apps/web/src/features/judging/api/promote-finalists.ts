import type { PromoteInput, RoundDetailDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshJudging, roundPath } from './judging-keys';

export const promoteFinalists = (slug: string, finalId: string, input: PromoteInput) =>
  apiRequest<RoundDetailDto>(`${roundPath(slug, finalId)}/promote`, { method: 'POST', json: input });

/** Adds finalists to the final: each heat's top N (ties at the cut go through), or a pick. */
export function usePromoteFinalists(slug: string, finalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PromoteInput) => promoteFinalists(slug, finalId, input),
    onSuccess: () => refreshJudging(queryClient, slug),
  });
}
