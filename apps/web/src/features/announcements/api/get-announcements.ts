import type { AnnouncementDto, Page } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const ANNOUNCEMENTS_LIMIT = 100;

export const announcementsQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug, 'announcements'],
    queryFn: () =>
      apiRequest<Page<AnnouncementDto>>(
        `/events/${encodeURIComponent(slug)}/announcements?limit=${ANNOUNCEMENTS_LIMIT}`,
      ),
  });

/** The event's announcements, newest first: for everyone with a role in the event. */
export const useAnnouncements = (slug: string, enabled = true) => useQuery({ ...announcementsQuery(slug), enabled });
