import type { MailDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getMail = (mailId: string) => apiRequest<MailDto>(`/admin/mail/${encodeURIComponent(mailId)}`);

export const mailQuery = (mailId: string) =>
  queryOptions({ queryKey: ['admin', 'mail', 'detail', mailId], queryFn: () => getMail(mailId) });

/** One mail as it was sent (or is to be sent): text, HTML and attachments. */
export const useMail = (mailId: string) => useQuery(mailQuery(mailId));
