import type { SubmissionImageDto, SubmissionImageListDto } from '@hackboard/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const path = (eventSlug: string, submissionId: string) =>
  `/events/${encodeURIComponent(eventSlug)}/submissions/${submissionId}/images`;
export const imagesKey = (eventSlug: string, submissionId: string) =>
  ['events', eventSlug, 'submissions', submissionId, 'images'] as const;

export const useProjectImages = (eventSlug: string, submissionId: string) =>
  useQuery({
    queryKey: imagesKey(eventSlug, submissionId),
    queryFn: () => apiRequest<SubmissionImageListDto>(path(eventSlug, submissionId)),
  });

export function useUploadImage(eventSlug: string, submissionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, alt }: { file: File; alt: string }) => {
      const form = new FormData();
      form.append('alt', alt);
      form.append('file', file);
      return apiRequest<SubmissionImageDto>(path(eventSlug, submissionId), { method: 'POST', body: form });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: imagesKey(eventSlug, submissionId) }),
  });
}

export function useRemoveImage(eventSlug: string, submissionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (imageId: string) =>
      apiRequest<void>(`${path(eventSlug, submissionId)}/${imageId}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: imagesKey(eventSlug, submissionId) }),
  });
}
