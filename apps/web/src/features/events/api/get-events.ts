import type { EventPageDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const eventsQuery = (limit = 50, offset = 0) =>
  queryOptions({
    queryKey: ['events', { limit, offset }],
    queryFn: () => apiRequest<EventPageDto>(`/events?limit=${limit}&offset=${offset}`),
  });

export const useEvents = (limit?: number, offset?: number) => useQuery(eventsQuery(limit, offset));
