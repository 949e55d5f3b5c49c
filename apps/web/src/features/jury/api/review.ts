import type { ReviewDto, SaveReviewInput } from '@hackboard/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { juryKey } from './jury-work';

const reviewPath = (slug: string, roundId: string, submissionId: string) =>
  `/events/${encodeURIComponent(slug)}/rounds/${encodeURIComponent(roundId)}/reviews/${encodeURIComponent(submissionId)}`;

export const reviewQuery = (slug: string, roundId: string, submissionId: string) =>
  queryOptions({
    queryKey: [...juryKey(slug), 'review', roundId, submissionId],
    queryFn: () => apiRequest<ReviewDto>(reviewPath(slug, roundId, submissionId)),
  });

/** The juror's review of one assigned submission, with the rubric and the project. */
export const useReview = (slug: string, roundId: string, submissionId: string) =>
  useQuery(reviewQuery(slug, roundId, submissionId));

/** Saves the review (an idempotent upsert); the queue's progress is fetched again afterwards. */
export function useSaveReview(slug: string, roundId: string, submissionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveReviewInput) =>
      apiRequest<ReviewDto>(reviewPath(slug, roundId, submissionId), { method: 'PUT', json: input }),
    onSuccess: async (review) => {
      queryClient.setQueryData(reviewQuery(slug, roundId, submissionId).queryKey, review);
      await queryClient.invalidateQueries({ queryKey: [...juryKey(slug), 'me'], exact: true });
    },
  });
}
