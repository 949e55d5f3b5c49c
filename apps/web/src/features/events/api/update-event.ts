import type { EventDto, UpdateEventInput } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ME_QUERY_KEY } from '../../../lib/session';
import { eventQuery } from './get-event';

export const updateEvent = (slug: string, input: UpdateEventInput) =>
  apiRequest<EventDto>(`/events/${encodeURIComponent(slug)}`, { method: 'PATCH', json: input });

export function useUpdateEvent(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateEventInput) => updateEvent(slug, input),
    onSuccess: (event) => {
      queryClient.setQueryData(eventQuery(slug).queryKey, event);
      // The public list, the audit log and the names in the user's memberships may all have changed.
      void queryClient.invalidateQueries({ queryKey: ['events'], predicate: (query) => query.queryKey[1] !== slug });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
