import type { UnsubscribeInput, UnsubscribedDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { notificationSettingsQuery } from './get-notification-settings';

/** Turns off the topic an unsubscribe link was made for; anyone holding the link may. */
export const unsubscribe = (input: UnsubscribeInput) =>
  apiRequest<UnsubscribedDto>('/mail/unsubscribe', { method: 'POST', json: input });

export function useUnsubscribe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unsubscribe,
    // The settings of whoever the link belongs to, who may not be the one signed in here.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationSettingsQuery().queryKey }),
  });
}
