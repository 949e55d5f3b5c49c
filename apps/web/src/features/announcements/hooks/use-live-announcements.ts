import type { AnnouncementDto, EventDto } from '@hackboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { onMessage, onReconnect, subscribeToEvent } from '../../../lib/realtime';
import { addAnnouncement } from '../api/announcement-cache';
import { announcementsQuery } from '../api/get-announcements';

/**
 * Applies announcements pushed over the socket to the cached list while the page is open, and
 * returns the newest one that arrived that way (for the live region), if any.
 */
export function useLiveAnnouncements(event: EventDto, enabled: boolean): AnnouncementDto | null {
  const queryClient = useQueryClient();
  const [latest, setLatest] = useState<AnnouncementDto | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const leave = subscribeToEvent(event.slug, true);
    const stopMessages = onMessage('announcement.posted', (announcement) => {
      if (announcement.eventId !== event.id) return;
      if (addAnnouncement(queryClient, event.slug, announcement)) setLatest(announcement);
    });
    // Announcements posted while the connection was down never arrive: fetch the list again.
    const stopReconnect = onReconnect(
      () => void queryClient.invalidateQueries({ queryKey: announcementsQuery(event.slug).queryKey }),
    );
    return () => {
      stopMessages();
      stopReconnect();
      leave();
    };
  }, [enabled, event.id, event.slug, queryClient]);
  return latest;
}
