import type { EventDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ME_QUERY_KEY } from '../../../lib/session';
import { eventQuery } from './get-event';

export const joinEvent = (slug: string) =>
  apiRequest<EventDto>(`/events/${encodeURIComponent(slug)}/join`, { method: 'POST' });

/** Joins as a participant; the new role arrives with the user's memberships. */
export function useJoinEvent(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => joinEvent(slug),
    onSuccess: async (event) => {
      queryClient.setQueryData(eventQuery(slug).queryKey, event);
      await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
