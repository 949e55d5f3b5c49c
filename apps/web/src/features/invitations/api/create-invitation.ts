import type { CreateInvitationInput, CreatedInvitationDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invitationsQuery } from './get-invitations';

export const createInvitation = (slug: string, input: CreateInvitationInput) =>
  apiRequest<CreatedInvitationDto>(`/events/${encodeURIComponent(slug)}/invitations`, {
    method: 'POST',
    json: input,
  });

/** Makes an invitation; its one-time link comes only in this answer. */
export function useCreateInvitation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInvitationInput) => createInvitation(slug, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: invitationsQuery(slug).queryKey });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
    },
  });
}
