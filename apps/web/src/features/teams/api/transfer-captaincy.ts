import type { TeamDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { myTeamQuery } from './get-my-team';

export const transferCaptaincy = (slug: string, teamId: string, userId: string) =>
  apiRequest<TeamDto>(`/events/${encodeURIComponent(slug)}/teams/${encodeURIComponent(teamId)}/captain`, {
    method: 'POST',
    json: { userId },
  });

/** Captain only: hands the captaincy to another member. */
export function useTransferCaptaincy(slug: string, teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => transferCaptaincy(slug, teamId, userId),
    onSuccess: (team) => queryClient.setQueryData(myTeamQuery(slug).queryKey, team),
  });
}
