import type { EventDto } from '@hackboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onMessage, subscribeToEvent } from '../../../lib/realtime';
import { eventQuery } from '../api/get-event';

/** While `enabled`, fetches the event again when an organizer moves it to another phase. */
export function useLivePhase(event: EventDto, enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const leave = subscribeToEvent(event.slug, true);
    const stop = onMessage('phase.changed', (message) => {
      if (message.eventId === event.id)
        void queryClient.invalidateQueries({ queryKey: eventQuery(event.slug).queryKey, exact: true });
    });
    return () => {
      stop();
      leave();
    };
  }, [enabled, event.id, event.slug, queryClient]);
}
