import type { EventDto, LeaderboardVisibility } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventPath } from './judging-keys';

export const updateVisibility = (slug: string, leaderboardVisibility: LeaderboardVisibility) =>
  apiRequest<EventDto>(eventPath(slug), { method: 'PATCH', json: { leaderboardVisibility } });

/** The same event setting the settings page edits; the console's event is replaced by the answer. */
export function useUpdateVisibility(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (visibility: LeaderboardVisibility) => updateVisibility(slug, visibility),
    onSuccess: (event) => {
      queryClient.setQueryData(['events', slug], event);
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'leaderboard'] });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
    },
  });
}
