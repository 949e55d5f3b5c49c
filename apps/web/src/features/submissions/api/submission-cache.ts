import type { SubmissionDto } from '@hackboard/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { revisionsQuery } from './get-revisions';
import { submissionQuery } from './get-submission';

/** After any saved change: the submission is at its new version, and the lists and history follow. */
export function applySavedSubmission(queryClient: QueryClient, slug: string, submission: SubmissionDto): void {
  queryClient.setQueryData(submissionQuery(slug, submission.id).queryKey, submission);
  void queryClient.invalidateQueries({ queryKey: revisionsQuery(slug, submission.id).queryKey });
  void queryClient.invalidateQueries({ queryKey: ['events', slug, 'submissions', 'list'] });
}
