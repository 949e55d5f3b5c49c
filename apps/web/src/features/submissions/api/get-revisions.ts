import type { SubmissionRevisionPageDto } from '@hackboard/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const PAGE = 20;

export const revisionsQuery = (slug: string, submissionId: string) =>
  infiniteQueryOptions({
    queryKey: ['events', slug, 'submissions', 'item', submissionId, 'revisions'],
    queryFn: ({ pageParam }) =>
      apiRequest<SubmissionRevisionPageDto>(
        `/events/${encodeURIComponent(slug)}/submissions/${encodeURIComponent(submissionId)}/revisions?limit=${PAGE}&offset=${pageParam}`,
      ),
    initialPageParam: 0,
    getNextPageParam: (last) =>
      last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined,
  });

/** The saved versions of a submission, newest first, a page at a time. */
export const useRevisions = (slug: string, submissionId: string) =>
  useInfiniteQuery(revisionsQuery(slug, submissionId));
