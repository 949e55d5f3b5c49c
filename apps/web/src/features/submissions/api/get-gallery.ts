import type { GalleryPageDto } from '@hackboard/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const GALLERY_PAGE_SIZE = 12;

export const galleryQuery = (slug: string, challengeId: string | null, offset: number) =>
  queryOptions({
    queryKey: ['events', slug, 'gallery', { challengeId, offset }],
    queryFn: () => {
      const query = new URLSearchParams({ limit: String(GALLERY_PAGE_SIZE), offset: String(offset) });
      if (challengeId) query.set('challengeId', challengeId);
      return apiRequest<GalleryPageDto>(`/events/${encodeURIComponent(slug)}/gallery?${query}`);
    },
    placeholderData: keepPreviousData,
  });

/** Submitted projects, public once the submission deadline has passed (empty before). */
export const useGallery = (slug: string, challengeId: string | null, offset: number) =>
  useQuery(galleryQuery(slug, challengeId, offset));
