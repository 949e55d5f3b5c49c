import type { AssignmentDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { roundPath, roundsKey } from './judging-keys';

export const assignmentsQuery = (slug: string, roundId: string) =>
  queryOptions({
    queryKey: [...roundsKey(slug), roundId, 'assignments'],
    queryFn: () => apiRequest<AssignmentDto[]>(`${roundPath(slug, roundId)}/assignments`),
  });

/** The round's assignments with how far each review has come. */
export const useAssignments = (slug: string, roundId: string) => useQuery(assignmentsQuery(slug, roundId));
