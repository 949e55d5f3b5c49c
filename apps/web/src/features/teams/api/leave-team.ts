import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { myTeamQuery } from './get-my-team';

export const leaveTeam = (slug: string, teamId: string) =>
  apiRequest<void>(`/events/${encodeURIComponent(slug)}/teams/${encodeURIComponent(teamId)}/leave`, {
    method: 'POST',
  });

/** Leaves the team; a captain's place passes to the longest-standing member. */
export function useLeaveTeam(slug: string, teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => leaveTeam(slug, teamId),
    onSuccess: () => {
      queryClient.setQueryData(myTeamQuery(slug).queryKey, null);
      queryClient.removeQueries({ queryKey: ['events', slug, 'submissions'] });
    },
  });
}
