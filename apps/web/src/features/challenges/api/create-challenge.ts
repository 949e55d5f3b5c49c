import type { ChallengeDto, CreateChallengeInput } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { challengeQuery } from './get-challenge';

export const createChallenge = (slug: string, input: CreateChallengeInput) =>
  apiRequest<ChallengeDto>(`/events/${encodeURIComponent(slug)}/challenges`, { method: 'POST', json: input });

export function useCreateChallenge(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateChallengeInput) => createChallenge(slug, input),
    onSuccess: (challenge) => {
      queryClient.setQueryData(challengeQuery(slug, challenge.id).queryKey, challenge);
      // The list, the catalogue and the audit log all changed.
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'challenges'], exact: true });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'datasets'] });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
    },
  });
}
