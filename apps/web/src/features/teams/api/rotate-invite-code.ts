import type { TeamDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { myTeamQuery } from './get-my-team';

export const rotateInviteCode = (slug: string, teamId: string) =>
  apiRequest<TeamDto>(`/events/${encodeURIComponent(slug)}/teams/${encodeURIComponent(teamId)}/invite-code`, {
    method: 'POST',
  });

/** Captain only: a new code, and the old code and link stop working at once. */
export function useRotateInviteCode(slug: string, teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => rotateInviteCode(slug, teamId),
    onSuccess: (team) => queryClient.setQueryData(myTeamQuery(slug).queryKey, team),
  });
}
