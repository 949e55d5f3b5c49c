import type { EventDto } from '@hackboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onMessage, onReconnect, subscribeToEvent } from '../../../lib/realtime';
import { countsQuery } from '../api/check-in-api';

/** For organizers: check-ins anywhere at the door move the counts on this page. */
export function useLiveCounts(event: EventDto, enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const key = countsQuery(event.slug).queryKey;
    const leave = subscribeToEvent(event.slug, true);
    const stopMessages = onMessage('checkin.counts', (counts) => {
      if (counts.eventId === event.id) queryClient.setQueryData(key, counts);
    });
    const stopReconnect = onReconnect(() => void queryClient.invalidateQueries({ queryKey: key }));
    return () => {
      stopMessages();
      stopReconnect();
      leave();
    };
  }, [enabled, event.id, event.slug, queryClient]);
}
