import type { CreateSubmissionInput, SubmissionDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { submissionQuery } from './get-submission';

export const createSubmission = (slug: string, input: CreateSubmissionInput) =>
  apiRequest<SubmissionDto>(`/events/${encodeURIComponent(slug)}/submissions`, { method: 'POST', json: input });

/** Starts the team's submission to a challenge: a draft at version 1. */
export function useCreateSubmission(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSubmissionInput) => createSubmission(slug, input),
    onSuccess: (submission) => {
      queryClient.setQueryData(submissionQuery(slug, submission.id).queryKey, submission);
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'submissions', 'list'] });
    },
  });
}
