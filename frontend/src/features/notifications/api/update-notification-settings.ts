import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiBody } from '@/lib/api-types';

import { notificationKeys } from './get-notification-settings';

export type NotificationSettingsInput = ApiBody<'/api/v1/me/notifications', 'put'>;

export function updateNotificationSettings(body: NotificationSettingsInput) {
  return unwrap(api.PUT('/api/v1/me/notifications', { body }));
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationSettings,
    onSuccess: (settings) => queryClient.setQueryData(notificationKeys.settings(), settings),
  });
}
