import type { InvitationDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const invitationsQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug, 'invitations'],
    queryFn: () => apiRequest<InvitationDto[]>(`/events/${encodeURIComponent(slug)}/invitations`),
  });

/** Organizers: the event's invitations, newest first. */
export const useInvitations = (slug: string) => useQuery(invitationsQuery(slug));
