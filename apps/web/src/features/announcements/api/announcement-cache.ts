import type { AnnouncementDto } from '@hackboard/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { announcementsQuery } from './get-announcements';

/**
 * Puts an announcement at the top of the cached list, once: the same one may arrive both as the
 * answer to posting it and pushed over the socket.
 */
export function addAnnouncement(queryClient: QueryClient, slug: string, announcement: AnnouncementDto): boolean {
  let added = false;
  queryClient.setQueryData(announcementsQuery(slug).queryKey, (page) => {
    if (!page || page.items.some((item) => item.id === announcement.id)) return page;
    added = true;
    return { ...page, items: [announcement, ...page.items], total: page.total + 1 };
  });
  return added;
}
