import type { CriterionChangeDto, UpdateCriterionInput } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventPath, refreshJudging } from './judging-keys';

export const updateCriterion = (slug: string, criterionId: string, input: UpdateCriterionInput) =>
  apiRequest<CriterionChangeDto>(`${eventPath(slug)}/criteria/${encodeURIComponent(criterionId)}`, {
    method: 'PATCH',
    json: input,
  });

/** Refused with 409 RUBRIC_LOCKED once the rubric has scores, unless `confirmRescore` is set. */
export function useUpdateCriterion(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ criterionId, input }: { criterionId: string; input: UpdateCriterionInput }) =>
      updateCriterion(slug, criterionId, input),
    onSuccess: () => refreshJudging(queryClient, slug),
  });
}

/**
 * Puts criteria in the given order: only those whose position changes are sent, one after another,
 * so a refusal (a locked rubric) stops at the first and says why.
 */
export function useReorderCriteria(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      moves,
      confirmRescore,
    }: {
      moves: { id: string; position: number }[];
      confirmRescore?: boolean;
    }) => {
      let deletedScores = 0;
      for (const move of moves) {
        const change = await updateCriterion(slug, move.id, {
          position: move.position,
          ...(confirmRescore ? { confirmRescore } : {}),
        });
        deletedScores += change.deletedScores;
      }
      return { deletedScores };
    },
    onSettled: () => refreshJudging(queryClient, slug),
  });
}
