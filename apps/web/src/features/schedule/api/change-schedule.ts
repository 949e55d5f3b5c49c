import type { CreateScheduleSessionInput, ScheduleSessionDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { scheduleQuery } from './get-schedule';

const base = (slug: string) => `/events/${encodeURIComponent(slug)}/schedule`;

/** Organizers add a session; the schedule is fetched again (other pages hear it over the socket). */
export function useAddSession(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateScheduleSessionInput) =>
      apiRequest<ScheduleSessionDto>(base(slug), { method: 'POST', json: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: scheduleQuery(slug).queryKey }),
  });
}

export function useRemoveSession(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`${base(slug)}/${id}`, { method: 'DELETE' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: scheduleQuery(slug).queryKey }),
  });
}
