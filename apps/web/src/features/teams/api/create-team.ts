import type { CreateTeamInput, TeamDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { myTeamQuery } from './get-my-team';

export const createTeam = (slug: string, input: CreateTeamInput) =>
  apiRequest<TeamDto>(`/events/${encodeURIComponent(slug)}/teams`, { method: 'POST', json: input });

/** Starts a team; its creator is the captain. */
export function useCreateTeam(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTeamInput) => createTeam(slug, input),
    onSuccess: (team) => queryClient.setQueryData(myTeamQuery(slug).queryKey, team),
  });
}
