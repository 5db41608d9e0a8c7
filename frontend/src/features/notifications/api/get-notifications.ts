import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { compact } from '@/hooks/use-search-state';
import { api, unwrap } from '@/lib/api-client';
import type { ApiQuery, ApiResponse, Complete } from '@/lib/api-types';

import { notificationKeys } from './get-notification-settings';

export type NotificationSummary = Complete<
  ApiResponse<'/api/v1/notifications', 'get'>
>['items'][number];
export type NotificationsQuery = ApiQuery<'/api/v1/notifications', 'get'>;

export function getNotifications(query: NotificationsQuery) {
  return unwrap(api.GET('/api/v1/notifications', { params: { query: compact(query) } }));
}

export const notificationsQueryOptions = (query: NotificationsQuery) =>
  queryOptions({
    queryKey: notificationKeys.outbox(query),
    queryFn: () => getNotifications(query),
    placeholderData: keepPreviousData,
  });

export function useNotifications(query: NotificationsQuery) {
  return useQuery(notificationsQueryOptions(query));
}
