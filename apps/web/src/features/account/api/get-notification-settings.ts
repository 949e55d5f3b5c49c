import type { NotificationSettingsDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getNotificationSettings = () => apiRequest<NotificationSettingsDto>('/auth/me/notifications');

export const notificationSettingsQuery = () =>
  queryOptions({ queryKey: ['account', 'notifications'], queryFn: getNotificationSettings });

export const useNotificationSettings = () => useQuery(notificationSettingsQuery());
