import type { JoinTeamInput, TeamDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { myTeamQuery } from './get-my-team';

export const joinTeam = (slug: string, input: JoinTeamInput) =>
  apiRequest<TeamDto>(`/events/${encodeURIComponent(slug)}/teams/join`, { method: 'POST', json: input });

export function useJoinTeam(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: JoinTeamInput) => joinTeam(slug, input),
    onSuccess: (team) => {
      queryClient.setQueryData(myTeamQuery(slug).queryKey, team);
      // The team's submissions are now the user's too.
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'submissions'] });
    },
  });
}
