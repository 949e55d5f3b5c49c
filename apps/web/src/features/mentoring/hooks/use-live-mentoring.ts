import type { EventDto } from '@hackboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onMessage, onReconnect, subscribeToEvent } from '../../../lib/realtime';
import { mentoringKey } from '../api/mentoring-api';

/** Bookings and the help queue move while the page is open: it fetches them again at each change. */
export function useLiveMentoring(event: EventDto): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries({ queryKey: mentoringKey(event.slug) });
    const leave = subscribeToEvent(event.slug, true);
    const stopChanged = onMessage('mentoring.changed', (message) => message.eventId === event.id && refetch());
    const stopPosition = onMessage('help.position', (message) => message.eventId === event.id && refetch());
    const stopReconnect = onReconnect(refetch);
    return () => {
      stopChanged();
      stopPosition();
      stopReconnect();
      leave();
    };
  }, [event.id, event.slug, queryClient]);
}
