import type { EventMemberDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const membersQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug, 'members'],
    queryFn: () => apiRequest<EventMemberDto[]>(`/events/${encodeURIComponent(slug)}/members`),
  });

export const useMembers = (slug: string) => useQuery(membersQuery(slug));
