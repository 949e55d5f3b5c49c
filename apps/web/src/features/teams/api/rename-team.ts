import type { RenameTeamInput, TeamDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { myTeamQuery } from './get-my-team';

export const renameTeam = (slug: string, teamId: string, input: RenameTeamInput) =>
  apiRequest<TeamDto>(`/events/${encodeURIComponent(slug)}/teams/${encodeURIComponent(teamId)}`, {
    method: 'PATCH',
    json: input,
  });

/** Captain only. */
export function useRenameTeam(slug: string, teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RenameTeamInput) => renameTeam(slug, teamId, input),
    onSuccess: (team) => {
      queryClient.setQueryData(myTeamQuery(slug).queryKey, team);
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'submissions'] });
    },
  });
}
