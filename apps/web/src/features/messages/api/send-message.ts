import type { OrganizerMessageDto, SendMessageInput } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const sendMessage = (slug: string, input: SendMessageInput) =>
  apiRequest<OrganizerMessageDto>(`/events/${encodeURIComponent(slug)}/messages`, { method: 'POST', json: input });

/** Mails a message to one group of the event's people; the mails leave through the outbox. */
export function useSendMessage(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SendMessageInput) => sendMessage(slug, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'messages'] });
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
    },
  });
}
