import type { AudienceVoteDto } from '@hackboard/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { boardsKey } from './get-leaderboard';

const votePath = (slug: string, challengeId: string) =>
  `/events/${encodeURIComponent(slug)}/challenges/${encodeURIComponent(challengeId)}/audience-vote`;

export const myVoteQuery = (slug: string, challengeId: string) =>
  queryOptions({
    queryKey: ['events', slug, 'audience-vote', challengeId],
    queryFn: () => apiRequest<AudienceVoteDto>(votePath(slug, challengeId)),
    retry: false,
  });

/** The signed-in user's vote in one challenge (submissionId null when they have not voted). */
export const useMyVote = (slug: string, challengeId: string, enabled: boolean) =>
  useQuery({ ...myVoteQuery(slug, challengeId), enabled });

/** Casts the vote (replacing an earlier one in the challenge), or withdraws it with `submissionId: null`. */
export function useSetVote(slug: string, challengeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (submissionId: string | null): Promise<AudienceVoteDto> => {
      if (submissionId) {
        return apiRequest<AudienceVoteDto>(votePath(slug, challengeId), { method: 'PUT', json: { submissionId } });
      }
      await apiRequest<void>(votePath(slug, challengeId), { method: 'DELETE' });
      return { challengeId, submissionId: null, updatedAt: null };
    },
    onSuccess: (vote) => {
      queryClient.setQueryData(myVoteQuery(slug, challengeId).queryKey, vote);
      void queryClient.invalidateQueries({ queryKey: [...boardsKey(slug), 'audience'] });
    },
  });
}
