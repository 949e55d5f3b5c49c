import type { CriterionChangeDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventPath, refreshJudging } from './judging-keys';

export const deleteCriterion = (slug: string, criterionId: string, confirmRescore: boolean) =>
  apiRequest<CriterionChangeDto>(`${eventPath(slug)}/criteria/${encodeURIComponent(criterionId)}`, {
    method: 'DELETE',
    json: confirmRescore ? { confirmRescore } : {},
  });

export function useDeleteCriterion(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ criterionId, confirmRescore = false }: { criterionId: string; confirmRescore?: boolean }) =>
      deleteCriterion(slug, criterionId, confirmRescore),
    onSuccess: () => refreshJudging(queryClient, slug),
  });
}
