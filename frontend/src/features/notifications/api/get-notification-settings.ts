import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

export type NotificationSettings = Complete<ApiResponse<'/api/v1/me/notifications', 'get'>>;

export const notificationKeys = {
  settings: () => ['notification-settings'] as const,
  outbox: (query: object) => ['notifications', query] as const,
  message: (id: string) => ['notifications', 'one', id] as const,
};

export function getNotificationSettings() {
  return unwrap(api.GET('/api/v1/me/notifications'));
}

export const notificationSettingsQueryOptions = () =>
  queryOptions({ queryKey: notificationKeys.settings(), queryFn: getNotificationSettings });

export function useNotificationSettings() {
  return useQuery(notificationSettingsQueryOptions());
}
