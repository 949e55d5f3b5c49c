import type { EventDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventQuery } from './get-event';

export const advancePhase = (slug: string) =>
  apiRequest<EventDto>(`/events/${encodeURIComponent(slug)}/phase/advance`, { method: 'POST' });

/** Ends the current phase now (the organizer's override of the timeline). */
export function useAdvancePhase(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => advancePhase(slug),
    onSuccess: (event) => {
      queryClient.setQueryData(eventQuery(slug).queryKey, event);
      void queryClient.invalidateQueries({ queryKey: ['events'], predicate: (query) => query.queryKey[1] !== slug });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
    },
  });
}
