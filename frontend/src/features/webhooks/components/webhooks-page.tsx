import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { ScrollTable } from '@/components/ui/scroll-table';
import { useApiClients } from '@/features/api-clients/api/get-api-clients';
import { formatCount, formatDateTime } from '@/lib/format';
import { errorMessage, notifyError, notifySuccess } from '@/lib/notify';

import {
  type Webhook,
  type WebhookWithSecret,
  useCreateWebhook,
  useDeadLetters,
  useEventTypes,
  useRedeliverDelivery,
  useRedeliverEvent,
  useRotateSecret,
  useSendTestEvent,
  useSetWebhookActive,
  useWebhookAttempts,
  useWebhooks,
} from '../api/webhooks';

/**
 * Webhook endpoints of machine clients: register one (its secret is shown once), send a test event,
 * rotate the secret, enable or disable; the delivery log of one endpoint; the dead letters of the outbox.
 */
export function WebhooksPage() {
  const { t, i18n } = useTranslation(['webhooks', 'common']);
  const webhooks = useWebhooks();
  const test = useSendTestEvent();
  const rotate = useRotateSecret();
  const setActive = useSetWebhookActive();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<WebhookWithSecret | null>(null);
  const [selected, setSelected] = useState<Webhook | null>(null);
  const date = (value?: string | null) => formatDateTime(value, i18n.language);

  const onError = (error: unknown) => notifyError(error);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={720}>
          {t('webhooks:intro')}
        </Text>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {t('webhooks:new')}
        </Button>
      </Group>
      <DataState
        isLoading={webhooks.isPending}
        error={webhooks.error}
        isEmpty={webhooks.data?.length === 0}
        emptyText={t('webhooks:empty')}
        onRetry={() => void webhooks.refetch()}
      >
        {webhooks.data && (
          <ScrollTable label={t('webhooks:title')} minWidth={1000}>
            <Table striped aria-label={t('webhooks:title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('webhooks:fields.client')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.url')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.eventTypes')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.state')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.failures')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('webhooks:actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {webhooks.data.map((webhook) => (
                  <Table.Tr key={webhook.id}>
                    <Table.Td>{webhook.apiClientName}</Table.Td>
                    <Table.Td>
                      <Code>{webhook.url}</Code>
                      {webhook.description && (
                        <Text size="xs" c="dimmed">
                          {webhook.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{formatCount(webhook.eventTypes.length, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Badge color={webhook.active ? 'green' : 'red'} variant="light">
                        {webhook.active
                          ? t('webhooks:active')
                          : t(`webhooks:disabled.${webhook.disabledReason ?? 'ADMINISTRATOR'}`)}
                      </Badge>
                      {webhook.previousSecretUntil && (
                        <Text size="xs" c="dimmed">
                          {t('webhooks:rotating', { until: date(webhook.previousSecretUntil) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{formatCount(webhook.consecutiveFailures, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="subtle" onClick={() => setSelected(webhook)}>
                          {t('webhooks:log')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          disabled={!webhook.active}
                          loading={test.isPending && test.variables === webhook.id}
                          onClick={() =>
                            test.mutate(webhook.id, {
                              onSuccess: () => notifySuccess(t('webhooks:testQueued')),
                              onError,
                            })
                          }
                        >
                          {t('webhooks:test')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() =>
                            rotate.mutate(
                              { id: webhook.id, version: webhook.version },
                              { onSuccess: setSecret, onError },
                            )
                          }
                        >
                          {t('webhooks:rotate')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color={webhook.active ? 'red' : 'green'}
                          onClick={() =>
                            setActive.mutate(
                              { id: webhook.id, version: webhook.version, active: !webhook.active },
                              { onError },
                            )
                          }
                        >
                          {webhook.active ? t('webhooks:disable') : t('webhooks:enable')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </DataState>
      {selected && <DeliveryLog webhook={selected} />}
      <DeadLetters />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('webhooks:new')}
        size="lg"
      >
        {creating && (
          <CreateWebhookForm
            onCancel={() => setCreating(false)}
            onCreated={(created) => {
              setCreating(false);
              setSecret(created);
            }}
          />
        )}
      </Modal>
      <Modal
        opened={secret !== null}
        onClose={() => setSecret(null)}
        title={t('webhooks:secret.title')}
        closeOnClickOutside={false}
        closeOnEscape={false}
        withCloseButton={false}
        size="lg"
      >
        {secret && (
          <Stack>
            <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {t('webhooks:secret.warning')}
            </Alert>
            <TextInput
              label={t('webhooks:secret.label')}
              value={secret.secret}
              readOnly
              ff="monospace"
              onFocus={(event) => event.currentTarget.select()}
            />
            <Group justify="flex-end">
              <Button onClick={() => setSecret(null)}>{t('webhooks:secret.done')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const { t, i18n } = useTranslation(['webhooks', 'common']);
  const attempts = useWebhookAttempts(webhook.id);
  const redeliver = useRedeliverEvent();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('webhooks:logTitle', { url: webhook.url })}
      </Title>
      <DataState
        isLoading={attempts.isPending}
        error={attempts.error}
        isEmpty={attempts.data?.items.length === 0}
        emptyText={t('webhooks:logEmpty')}
        onRetry={() => void attempts.refetch()}
      >
        {attempts.data && (
          <ScrollTable label={t('webhooks:logLabel')} minWidth={900}>
            <Table striped aria-label={t('webhooks:logLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('webhooks:fields.at')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.event')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.attempt')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.outcome')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.status')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.duration')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.detail')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('webhooks:actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {attempts.data.items.map((attempt) => (
                  <Table.Tr key={attempt.id}>
                    <Table.Td>{formatDateTime(attempt.at, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Code>{attempt.eventType}</Code>
                    </Table.Td>
                    <Table.Td>{formatCount(attempt.attempt, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={attempt.outcome === 'DELIVERED' ? 'green' : 'red'}
                      >
                        {t(`webhooks:outcome.${attempt.outcome}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{attempt.statusCode ?? '—'}</Table.Td>
                    <Table.Td>{t('webhooks:ms', { count: attempt.durationMs })}</Table.Td>
                    <Table.Td>
                      <Text size="xs" lineClamp={2}>
                        {attempt.detail ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() =>
                          redeliver.mutate(
                            { id: webhook.id, eventId: attempt.eventId },
                            {
                              onSuccess: (result) =>
                                notifySuccess(
                                  t('webhooks:redelivered', { count: result.redelivered }),
                                ),
                              onError: (error) => notifyError(error),
                            },
                          )
                        }
                      >
                        {t('webhooks:redeliver')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </DataState>
    </Stack>
  );
}

function DeadLetters() {
  const { t, i18n } = useTranslation(['webhooks', 'common']);
  const dead = useDeadLetters();
  const redeliver = useRedeliverDelivery();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('webhooks:dead.title')}
      </Title>
      <DataState
        isLoading={dead.isPending}
        error={dead.error}
        isEmpty={dead.data?.items.length === 0}
        emptyText={t('webhooks:dead.empty')}
        onRetry={() => void dead.refetch()}
      >
        {dead.data && (
          <ScrollTable label={t('webhooks:dead.title')} minWidth={900}>
            <Table striped aria-label={t('webhooks:dead.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('webhooks:fields.at')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.event')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.channel')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.attempts')}</Table.Th>
                  <Table.Th>{t('webhooks:fields.detail')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('webhooks:actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {dead.data.items.map((delivery) => (
                  <Table.Tr key={delivery.id}>
                    <Table.Td>{formatDateTime(delivery.occurredAt, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Code>{delivery.eventType}</Code>
                    </Table.Td>
                    <Table.Td>{delivery.channel}</Table.Td>
                    <Table.Td>{formatCount(delivery.attempts, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Text size="xs" lineClamp={2}>
                        {[delivery.lastStatus, delivery.lastError]
                          .filter((v) => v != null)
                          .join(' ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() =>
                          redeliver.mutate(delivery.id, {
                            onSuccess: () => {
                              notifySuccess(t('webhooks:redelivered', { count: 1 }));
                              void dead.refetch();
                            },
                            onError: (error) => notifyError(error),
                          })
                        }
                      >
                        {t('webhooks:redeliver')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </DataState>
    </Stack>
  );
}

function CreateWebhookForm({
  onCreated,
  onCancel,
}: {
  onCreated: (created: WebhookWithSecret) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['webhooks', 'common']);
  const clients = useApiClients();
  const types = useEventTypes();
  const create = useCreateWebhook();
  const [client, setClient] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [eventTypes, setEventTypes] = useState<string[]>([]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate(
      { apiClientId: client ?? '', url: url.trim(), description, eventTypes },
      { onSuccess: onCreated },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('webhooks:fields.client')}
          required
          data={(clients.data ?? [])
            .filter((c) => c.active)
            .map((c) => ({ value: c.id, label: c.name }))}
          value={client}
          onChange={setClient}
        />
        <TextInput
          label={t('webhooks:fields.url')}
          description={t('webhooks:urlHint')}
          required
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
        />
        <TextInput
          label={t('webhooks:fields.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
        <MultiSelect
          label={t('webhooks:fields.eventTypes')}
          required
          searchable
          data={types.data ?? []}
          value={eventTypes}
          onChange={setEventTypes}
        />
        {create.isError && (
          <Alert color="red" role="alert">
            {errorMessage(create.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('webhooks:create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
