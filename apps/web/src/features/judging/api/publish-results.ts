import type { LeaderboardStatusDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventPath } from './judging-keys';

export const publishResults = (slug: string) =>
  apiRequest<LeaderboardStatusDto>(`${eventPath(slug)}/leaderboard/publish`, { method: 'POST' });

/** Permanent: the stored results become everyone's, and the event moves to its published phase. */
export function usePublishResults(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => publishResults(slug),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['events', slug] });
    },
  });
}
