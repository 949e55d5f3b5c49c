import type { SubmissionDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const submissionQuery = (slug: string, submissionId: string) =>
  queryOptions({
    queryKey: ['events', slug, 'submissions', 'item', submissionId],
    queryFn: () =>
      apiRequest<SubmissionDto>(`/events/${encodeURIComponent(slug)}/submissions/${encodeURIComponent(submissionId)}`),
  });

export const useSubmission = (slug: string, submissionId: string) => useQuery(submissionQuery(slug, submissionId));
