import type {
  AttendeeDto,
  CheckInCountsDto,
  CheckInInput,
  CheckInResultDto,
  Page,
  TicketDto,
} from '@hackboard/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const base = (slug: string) => `/events/${encodeURIComponent(slug)}`;

export const ticketQuery = (slug: string) =>
  queryOptions({ queryKey: ['events', slug, 'ticket'], queryFn: () => apiRequest<TicketDto>(`${base(slug)}/ticket`) });

/** The signed-in participant's, juror's or mentor's ticket. */
export const useTicket = (slug: string, enabled: boolean) => useQuery({ ...ticketQuery(slug), enabled });

export const countsQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug, 'check-ins', 'counts'],
    queryFn: () => apiRequest<CheckInCountsDto>(`${base(slug)}/check-ins/counts`),
  });

export const useCheckInCounts = (slug: string, enabled: boolean) => useQuery({ ...countsQuery(slug), enabled });

/** Ticket holders whose name holds `q`. */
export const useAttendees = (slug: string, q: string) =>
  useQuery({
    queryKey: ['events', slug, 'check-ins', 'attendees', q],
    queryFn: () =>
      apiRequest<Page<AttendeeDto>>(
        `${base(slug)}/check-ins/attendees?${new URLSearchParams({ q, limit: '20' }).toString()}`,
      ),
    enabled: q.trim().length > 0,
  });

export function useCheckIn(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckInInput) =>
      apiRequest<CheckInResultDto>(`${base(slug)}/check-ins`, { method: 'POST', json: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['events', slug, 'check-ins'] }),
  });
}

export const exportUrl = (slug: string) => `/api${base(slug)}/check-ins/export.csv`;
