import type { EventDto } from '@hackboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onMessage, onReconnect, subscribeToEvent } from '../../../lib/realtime';
import { juryKey } from '../api/jury-work';

/**
 * Keeps the juror's pages current while they are open: when an organizer moves the event to
 * another phase (judging opens or closes), the event and the juror's work are fetched again; so
 * too after the socket was away, since messages sent meanwhile are lost.
 */
export function useLiveJury(event: EventDto): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => {
      void queryClient.invalidateQueries({ queryKey: ['events', event.slug], exact: true });
      void queryClient.invalidateQueries({ queryKey: juryKey(event.slug) });
    };
    const leave = subscribeToEvent(event.slug, true);
    const stop = onMessage('phase.changed', (message) => {
      if (message.eventId === event.id) refresh();
    });
    const stopReconnect = onReconnect(refresh);
    return () => {
      stopReconnect();
      stop();
      leave();
    };
  }, [event.id, event.slug, queryClient]);
}
