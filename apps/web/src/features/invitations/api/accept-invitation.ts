import type { InvitationPreviewDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ME_QUERY_KEY } from '../../../lib/session';
import { invitationQuery } from './get-invitation';

export const acceptInvitation = (token: string) =>
  apiRequest<InvitationPreviewDto>(`/invitations/${encodeURIComponent(token)}/accept`, { method: 'POST' });

/** Takes the role the invitation offers; the user's memberships then show it. */
export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => acceptInvitation(token),
    onSuccess: async (invitation) => {
      queryClient.setQueryData(invitationQuery(token).queryKey, invitation);
      await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
