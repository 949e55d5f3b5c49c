import type { EventDto, LeaderboardStatusDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventPath } from './judging-keys';

export const freezeLeaderboard = (slug: string, frozen: boolean) =>
  apiRequest<LeaderboardStatusDto>(`${eventPath(slug)}/leaderboard/${frozen ? 'freeze' : 'unfreeze'}`, {
    method: 'POST',
  });

/** Freezing stores the boards as they are: with `frozen` visibility the public sees that snapshot. */
export function useFreezeLeaderboard(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (frozen: boolean) => freezeLeaderboard(slug, frozen),
    onSuccess: (status) => {
      queryClient.setQueryData<EventDto>(['events', slug], (event) =>
        event ? { ...event, leaderboardFrozenAt: status.frozenAt } : event,
      );
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'leaderboard'] });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
    },
  });
}
