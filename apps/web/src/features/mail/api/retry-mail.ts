import type { MailDto, MailSummaryDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mailQuery } from './get-mail';

export const retryMail = (mailId: string) =>
  apiRequest<MailSummaryDto>(`/admin/mail/${encodeURIComponent(mailId)}/retry`, { method: 'POST' });

/** Puts a failed mail back in the outbox, to be sent again from the first attempt. */
export function useRetryMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryMail,
    onSuccess: (summary) => {
      queryClient.setQueryData(mailQuery(summary.id).queryKey, (mail: MailDto | undefined) =>
        mail ? { ...mail, ...summary } : mail,
      );
      void queryClient.invalidateQueries({ queryKey: ['admin', 'mail', 'list'] });
    },
  });
}
