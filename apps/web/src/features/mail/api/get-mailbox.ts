import type { MailPageDto, MailStatus } from '@hackboard/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const MAIL_PAGE_SIZE = 25;

/** The query of a mail list: a status filter (or every status) and a page. */
export function mailListSearch(status: MailStatus | null, offset: number): string {
  const params = new URLSearchParams({ limit: String(MAIL_PAGE_SIZE), offset: String(offset) });
  if (status) params.set('status', status);
  return params.toString();
}

export const getMailbox = (status: MailStatus | null, offset: number) =>
  apiRequest<MailPageDto>(`/admin/mail?${mailListSearch(status, offset)}`);

export const mailboxQuery = (status: MailStatus | null, offset: number) =>
  queryOptions({
    queryKey: ['admin', 'mail', 'list', status ?? 'all', offset],
    queryFn: () => getMailbox(status, offset),
    placeholderData: keepPreviousData,
  });

/** Every mail of the platform, newest first: the platform admin's view of the outbox. */
export const useMailbox = (status: MailStatus | null, offset: number) => useQuery(mailboxQuery(status, offset));
