import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshJudging, roundPath } from './judging-keys';

export const deleteAssignment = (slug: string, roundId: string, assignmentId: string) =>
  apiRequest<void>(`${roundPath(slug, roundId)}/assignments/${encodeURIComponent(assignmentId)}`, {
    method: 'DELETE',
  });

export function useDeleteAssignment(slug: string, roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (assignmentId: string) => deleteAssignment(slug, roundId, assignmentId),
    onSuccess: () => refreshJudging(queryClient, slug),
  });
}
