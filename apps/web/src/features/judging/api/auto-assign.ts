import type { AutoAssignResultDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshJudging, roundPath } from './judging-keys';

export interface AutoAssignRequest {
  reviewsPerSubmission: number;
  dryRun: boolean;
}

export const autoAssign = (slug: string, roundId: string, request: AutoAssignRequest) =>
  apiRequest<AutoAssignResultDto>(`${roundPath(slug, roundId)}/assignments/auto`, { method: 'POST', json: request });

/** A balanced plan that keeps existing assignments and avoids conflicts: only shown with `dryRun`, saved without. */
export function useAutoAssign(slug: string, roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AutoAssignRequest) => autoAssign(slug, roundId, request),
    onSuccess: (result) => {
      if (!result.dryRun) refreshJudging(queryClient, slug);
    },
  });
}
