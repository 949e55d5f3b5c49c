import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invitationsQuery } from './get-invitations';

export const revokeInvitation = (slug: string, invitationId: string) =>
  apiRequest<void>(`/events/${encodeURIComponent(slug)}/invitations/${encodeURIComponent(invitationId)}`, {
    method: 'DELETE',
  });

/** Withdraws an invitation that has not been accepted: its link stops working. */
export function useRevokeInvitation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => revokeInvitation(slug, invitationId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: invitationsQuery(slug).queryKey });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
    },
  });
}
