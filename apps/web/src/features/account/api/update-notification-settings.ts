import type { NotificationSettingsDto, UpdateNotificationSettingsInput } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { notificationSettingsQuery } from './get-notification-settings';

export const updateNotificationSettings = (input: UpdateNotificationSettingsInput) =>
  apiRequest<NotificationSettingsDto>('/auth/me/notifications', { method: 'PATCH', json: input });

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationSettings,
    onSuccess: (settings) => queryClient.setQueryData(notificationSettingsQuery().queryKey, settings),
  });
}
