import type { EventMemberDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventPath } from './judging-keys';

// The members list is cached under the same key the members page uses; jurors are picked from it.
export const jurorsQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug, 'members'],
    queryFn: () => apiRequest<EventMemberDto[]>(`${eventPath(slug)}/members`),
    select: (members) =>
      members.filter((member) => member.role === 'jury').sort((a, b) => a.displayName.localeCompare(b.displayName)),
  });

/** The event's jurors by name. */
export const useJurors = (slug: string) => useQuery(jurorsQuery(slug));
