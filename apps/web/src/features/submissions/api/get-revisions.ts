import type { SubmissionRevisionDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const revisionsQuery = (slug: string, submissionId: string) =>
  queryOptions({
    queryKey: ['events', slug, 'submissions', 'item', submissionId, 'revisions'],
    queryFn: () =>
      apiRequest<SubmissionRevisionDto[]>(
        `/events/${encodeURIComponent(slug)}/submissions/${encodeURIComponent(submissionId)}/revisions`,
      ),
  });

/** Every saved version of a submission, newest first. */
export const useRevisions = (slug: string, submissionId: string) => useQuery(revisionsQuery(slug, submissionId));
