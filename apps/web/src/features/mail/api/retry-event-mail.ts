import type { MailSummaryDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const retryEventMail = (slug: string, mailId: string) =>
  apiRequest<MailSummaryDto>(`/events/${encodeURIComponent(slug)}/mail/${encodeURIComponent(mailId)}/retry`, {
    method: 'POST',
  });

/** An organizer sends one of the event's failed mails again. */
export function useRetryEventMail(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mailId: string) => retryEventMail(slug, mailId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'mail'] });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'messages'] });
    },
  });
}
