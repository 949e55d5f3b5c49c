import type { LeaderboardStatusDto, PublishInput } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventPath } from './judging-keys';

export const publishResults = (slug: string, input: PublishInput = {}) =>
  apiRequest<LeaderboardStatusDto>(`${eventPath(slug)}/leaderboard/publish`, { method: 'POST', json: input });

/**
 * Permanent: the stored results become everyone's, and the event moves to its published phase.
 * With submitted projects in no round the API asks for `confirmUnjudged` (409 UNJUDGED_PROJECTS).
 */
export function usePublishResults(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublishInput = {}) => publishResults(slug, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['events', slug] });
    },
  });
}
