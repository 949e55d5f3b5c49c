import type { MailPageDto, MailStatus } from '@hackboard/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mailListSearch } from './get-mailbox';

export const getEventMail = (slug: string, status: MailStatus | null, offset: number) =>
  apiRequest<MailPageDto>(`/events/${encodeURIComponent(slug)}/mail?${mailListSearch(status, offset)}`);

export const eventMailQuery = (slug: string, status: MailStatus | null, offset: number) =>
  queryOptions({
    queryKey: ['events', slug, 'mail', status ?? 'all', offset],
    queryFn: () => getEventMail(slug, status, offset),
    placeholderData: keepPreviousData,
  });

/** The mails the event has sent (its messages, announcements, invitations), for its organizers. */
export const useEventMail = (slug: string, status: MailStatus | null, offset: number) =>
  useQuery(eventMailQuery(slug, status, offset));
