import type { EventDto } from '@hackboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onMessage, onReconnect, subscribeToEvent } from '../../../lib/realtime';
import { scheduleQuery } from '../api/get-schedule';

/** While the page is open, a change to the schedule anywhere makes it fetch the schedule again. */
export function useLiveSchedule(event: EventDto, member: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries({ queryKey: scheduleQuery(event.slug).queryKey });
    const leave = subscribeToEvent(event.slug, member);
    const stopMessages = onMessage('schedule.changed', (message) => {
      if (message.eventId === event.id) refetch();
    });
    const stopReconnect = onReconnect(refetch);
    return () => {
      stopMessages();
      stopReconnect();
      leave();
    };
  }, [event.id, event.slug, member, queryClient]);
}
