import type { CreateEventInput, EventDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ME_QUERY_KEY } from '../../../lib/session';
import { eventQuery } from './get-event';

export const createEvent = (input: CreateEventInput) =>
  apiRequest<EventDto>('/events', { method: 'POST', json: input });

/** Creates a draft event; its creator becomes its organizer, which the user's memberships then show. */
export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: async (event) => {
      queryClient.setQueryData(eventQuery(event.slug).queryKey, event);
      await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
