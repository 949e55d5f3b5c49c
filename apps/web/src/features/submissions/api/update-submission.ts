import type { SubmissionDto, UpdateSubmissionInput } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { applySavedSubmission } from './submission-cache';

export const updateSubmission = (slug: string, submissionId: string, input: UpdateSubmissionInput) =>
  apiRequest<SubmissionDto>(`/events/${encodeURIComponent(slug)}/submissions/${encodeURIComponent(submissionId)}`, {
    method: 'PATCH',
    json: input,
  });

/** Saves changes based on `input.version`; 409 VERSION_CONFLICT when someone saved since. */
export function useUpdateSubmission(slug: string, submissionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSubmissionInput) => updateSubmission(slug, submissionId, input),
    onSuccess: (submission) => applySavedSubmission(queryClient, slug, submission),
  });
}
