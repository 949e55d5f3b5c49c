import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { challengeQuery } from './get-challenge';

export const deleteChallenge = (slug: string, challengeId: string) =>
  apiRequest<void>(`/events/${encodeURIComponent(slug)}/challenges/${encodeURIComponent(challengeId)}`, {
    method: 'DELETE',
  });

/** Refused (409 HAS_SUBMISSIONS) once a team has submitted to the challenge. */
export function useDeleteChallenge(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (challengeId: string) => deleteChallenge(slug, challengeId),
    onSuccess: (_, challengeId) => {
      queryClient.removeQueries({ queryKey: challengeQuery(slug, challengeId).queryKey });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'challenges'], exact: true });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'datasets'] });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
    },
  });
}
