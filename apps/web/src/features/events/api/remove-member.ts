import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ME_QUERY_KEY } from '../../../lib/session';
import { membersQuery } from './get-members';

export const removeMember = (slug: string, membershipId: string) =>
  apiRequest<void>(`/events/${encodeURIComponent(slug)}/members/${encodeURIComponent(membershipId)}`, {
    method: 'DELETE',
  });

export function useRemoveMember(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (membershipId: string) => removeMember(slug, membershipId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: membersQuery(slug).queryKey });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
      // The organizer may have removed one of their own roles.
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
