import type { CriterionDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { criteriaKey, eventPath, type RubricRef } from './judging-keys';

export function rubricSearch(rubric: RubricRef): string {
  if (rubric.scope === 'challenge') return `?challengeId=${encodeURIComponent(rubric.id)}`;
  if (rubric.scope === 'round') return `?roundId=${encodeURIComponent(rubric.id)}`;
  return '';
}

export const criteriaQuery = (slug: string, rubric: RubricRef) =>
  queryOptions({
    queryKey: [...criteriaKey(slug), rubric],
    queryFn: () => apiRequest<CriterionDto[]>(`${eventPath(slug)}/criteria${rubricSearch(rubric)}`),
  });

/** One rubric's own criteria, in their order. */
export const useCriteria = (slug: string, rubric: RubricRef) => useQuery(criteriaQuery(slug, rubric));
