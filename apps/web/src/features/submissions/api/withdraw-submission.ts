import type { SubmissionDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { applySavedSubmission } from './submission-cache';

export const withdrawSubmission = (slug: string, submissionId: string, version: number) =>
  apiRequest<SubmissionDto>(
    `/events/${encodeURIComponent(slug)}/submissions/${encodeURIComponent(submissionId)}/withdraw`,
    { method: 'POST', json: { version } },
  );

/** Takes a submitted submission back to a draft, until the deadline. */
export function useWithdrawSubmission(slug: string, submissionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => withdrawSubmission(slug, submissionId, version),
    onSuccess: (submission) => applySavedSubmission(queryClient, slug, submission),
  });
}
