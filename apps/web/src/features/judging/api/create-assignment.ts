import type { AssignmentDto, CreateAssignmentInput } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshJudging, roundPath } from './judging-keys';

export const createAssignment = (slug: string, roundId: string, input: CreateAssignmentInput) =>
  apiRequest<AssignmentDto>(`${roundPath(slug, roundId)}/assignments`, { method: 'POST', json: input });

/** Refused when the juror is not on the panel or declared a conflict with the submission. */
export function useCreateAssignment(slug: string, roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAssignmentInput) => createAssignment(slug, roundId, input),
    onSuccess: () => refreshJudging(queryClient, slug),
  });
}
