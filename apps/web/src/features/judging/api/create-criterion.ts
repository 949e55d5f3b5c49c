import type { CreateCriterionInput, CriterionChangeDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { rubricSearch } from './get-criteria';
import { eventPath, refreshJudging, type RubricRef } from './judging-keys';

export const createCriterion = (slug: string, rubric: RubricRef, input: CreateCriterionInput) =>
  apiRequest<CriterionChangeDto>(`${eventPath(slug)}/criteria${rubricSearch(rubric)}`, {
    method: 'POST',
    json: input,
  });

/** Refused with 409 RUBRIC_LOCKED once the rubric has scores, unless `confirmRescore` is set. */
export function useCreateCriterion(slug: string, rubric: RubricRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCriterionInput) => createCriterion(slug, rubric, input),
    onSuccess: () => refreshJudging(queryClient, slug),
  });
}
