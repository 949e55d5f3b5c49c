import type { InvitationPreviewDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const invitationQuery = (token: string) =>
  queryOptions({
    queryKey: ['invitations', token],
    queryFn: () => apiRequest<InvitationPreviewDto>(`/invitations/${encodeURIComponent(token)}`),
  });

/** What an invitation link is for, readable without an account. */
export const useInvitation = (token: string) => useQuery(invitationQuery(token));
