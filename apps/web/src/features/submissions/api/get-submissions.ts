import type { SubmissionDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAllPages } from '../../../lib/pages';

export const submissionsQuery = (slug: string, challengeId?: string) =>
  queryOptions({
    queryKey: ['events', slug, 'submissions', 'list', { challengeId: challengeId ?? null }],
    queryFn: () =>
      fetchAllPages<SubmissionDto>(
        `/events/${encodeURIComponent(slug)}/submissions${challengeId ? `?challengeId=${encodeURIComponent(challengeId)}` : ''}`,
      ),
  });

/**
 * The submissions the user may see: organizers all, challenge owners those to their challenges,
 * participants their team's. Optionally those to one challenge.
 */
export const useSubmissions = (slug: string, challengeId?: string, enabled = true) =>
  useQuery({ ...submissionsQuery(slug, challengeId), enabled });
