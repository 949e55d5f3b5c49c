import type { ChallengeDto, UpdateChallengeInput } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { challengeQuery } from './get-challenge';

export const updateChallenge = (slug: string, challengeId: string, input: UpdateChallengeInput) =>
  apiRequest<ChallengeDto>(`/events/${encodeURIComponent(slug)}/challenges/${encodeURIComponent(challengeId)}`, {
    method: 'PATCH',
    json: input,
  });

export function useUpdateChallenge(slug: string, challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateChallengeInput) => updateChallenge(slug, challengeId, input),
    onSuccess: (challenge) => {
      queryClient.setQueryData(challengeQuery(slug, challenge.id).queryKey, challenge);
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'challenges'], exact: true });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'datasets'] });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
    },
  });
}
