import type { AnnouncementDto, CreateAnnouncementInput } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { addAnnouncement } from './announcement-cache';

export const postAnnouncement = (slug: string, input: CreateAnnouncementInput) =>
  apiRequest<AnnouncementDto>(`/events/${encodeURIComponent(slug)}/announcements`, { method: 'POST', json: input });

/** Organizers post; every member's open event page receives it at once. */
export function usePostAnnouncement(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAnnouncementInput) => postAnnouncement(slug, input),
    onSuccess: (announcement) => {
      addAnnouncement(queryClient, slug, announcement);
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
    },
  });
}
