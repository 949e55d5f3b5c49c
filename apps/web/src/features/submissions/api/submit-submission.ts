import type { SubmissionDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { applySavedSubmission } from './submission-cache';

export const submitSubmission = (slug: string, submissionId: string, version: number) =>
  apiRequest<SubmissionDto>(
    `/events/${encodeURIComponent(slug)}/submissions/${encodeURIComponent(submissionId)}/submit`,
    { method: 'POST', json: { version } },
  );

/** Hands the submission in (it can still change, and be withdrawn, until the deadline). */
export function useSubmitSubmission(slug: string, submissionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => submitSubmission(slug, submissionId, version),
    onSuccess: (submission) => applySavedSubmission(queryClient, slug, submission),
  });
}
