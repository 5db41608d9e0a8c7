import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

import { notificationKeys } from './get-notification-settings';

export type NotificationMessage = Complete<ApiResponse<'/api/v1/notifications/{id}', 'get'>>;

export function getNotification(id: string) {
  return unwrap(api.GET('/api/v1/notifications/{id}', { params: { path: { id } } }));
}

export const notificationQueryOptions = (id: string) =>
  queryOptions({ queryKey: notificationKeys.message(id), queryFn: () => getNotification(id) });

export function useNotification(id: string | null) {
  return useQuery({ ...notificationQueryOptions(id ?? ''), enabled: id !== null });
}
