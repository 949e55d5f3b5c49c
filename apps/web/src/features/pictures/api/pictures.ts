import type { PictureDto, PictureSlotDto } from '@hackboard/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Where a banner, logo or avatar lives in the API (the same path reads and replaces it). */
export const picturePaths = {
  banner: (eventSlug: string) => `/events/${encodeURIComponent(eventSlug)}/banner`,
  avatar: (eventSlug: string, teamId: string) => `/events/${encodeURIComponent(eventSlug)}/teams/${teamId}/avatar`,
  logo: (organizationId: string) => `/organizations/${organizationId}/logo`,
};

const pictureKey = (path: string) => ['pictures', path] as const;

export const usePicture = (path: string) =>
  useQuery({
    queryKey: pictureKey(path),
    queryFn: () => apiRequest<PictureSlotDto>(path),
    staleTime: 60_000,
  });

export function useUploadPicture(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, alt }: { file: File; alt: string }) => {
      const form = new FormData();
      form.append('alt', alt);
      form.append('file', file);
      return apiRequest<PictureDto>(path, { method: 'PUT', body: form });
    },
    onSuccess: (picture) => queryClient.setQueryData<PictureSlotDto>(pictureKey(path), { picture }),
  });
}
