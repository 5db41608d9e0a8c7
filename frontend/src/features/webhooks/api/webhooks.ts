import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiBody, ApiResponse, Complete } from '@/lib/api-types';

export type Webhook = Complete<ApiResponse<'/api/v1/webhooks', 'get'>>[number];
export type WebhookWithSecret = Complete<ApiResponse<'/api/v1/webhooks', 'post'>>;
export type CreateWebhookInput = ApiBody<'/api/v1/webhooks', 'post'>;
export type WebhookAttempt = Complete<
  ApiResponse<'/api/v1/webhooks/{id}/attempts', 'get'>
>['items'][number];
export type Delivery = Complete<ApiResponse<'/api/v1/outbox/deliveries', 'get'>>['items'][number];

const KEY = ['webhooks'];

export function useWebhooks() {
  return useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/api/v1/webhooks')) });
}

export function useEventTypes() {
  return useQuery({
    queryKey: ['webhooks', 'event-types'],
    queryFn: () => unwrap(api.GET('/api/v1/webhooks/event-types')),
  });
}

/** How often an open delivery log looks for new attempts: deliveries happen in the background. */
export const LOG_REFRESH_MS = 5_000;

export function useWebhookAttempts(id: string | null) {
  return useQuery({
    queryKey: ['webhooks', id, 'attempts'],
    enabled: id !== null,
    refetchInterval: LOG_REFRESH_MS,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/webhooks/{id}/attempts', {
          params: { path: { id: id ?? '' }, query: { size: 50 } },
        }),
      ),
  });
}

export function useDeadLetters() {
  return useQuery({
    queryKey: ['webhooks', 'dead'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/outbox/deliveries', { params: { query: { status: 'DEAD', size: 50 } } }),
      ),
  });
}

function useInvalidating<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useCreateWebhook() {
  return useInvalidating((body: CreateWebhookInput) =>
    unwrap(api.POST('/api/v1/webhooks', { body })),
  );
}

export function useRotateSecret() {
  return useInvalidating(({ id, version }: { id: string; version: number }) =>
    unwrap(
      api.POST('/api/v1/webhooks/{id}/rotate-secret', {
        params: { path: { id } },
        body: { version },
      }),
    ),
  );
}

export function useSetWebhookActive() {
  return useInvalidating(
    ({ id, version, active }: { id: string; version: number; active: boolean }) =>
      active
        ? unwrap(
            api.POST('/api/v1/webhooks/{id}/enable', {
              params: { path: { id } },
              body: { version },
            }),
          )
        : unwrap(
            api.POST('/api/v1/webhooks/{id}/disable', {
              params: { path: { id } },
              body: { version },
            }),
          ),
  );
}

export function useSendTestEvent() {
  return useInvalidating((id: string) =>
    unwrap(api.POST('/api/v1/webhooks/{id}/test', { params: { path: { id } } })),
  );
}

export function useRedeliverEvent() {
  return useInvalidating(({ id, eventId }: { id: string; eventId: string }) =>
    unwrap(
      api.POST('/api/v1/webhooks/{id}/redeliver', {
        params: { path: { id } },
        body: { eventId },
      }),
    ),
  );
}

export function useRedeliverDelivery() {
  return useInvalidating((id: string) =>
    unwrap(api.POST('/api/v1/outbox/deliveries/{id}/redeliver', { params: { path: { id } } })),
  );
}
