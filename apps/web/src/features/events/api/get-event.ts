import type { EventDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const eventQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug],
    queryFn: () => apiRequest<EventDto>(`/events/${encodeURIComponent(slug)}`),
  });

export const useEvent = (slug: string) => useQuery(eventQuery(slug));
