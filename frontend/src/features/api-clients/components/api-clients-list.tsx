import {
  Badge,
  Button,
  Code,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconBan, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DataTable } from '@/components/ui/paged-table';
import { formatCount, formatDateTime } from '@/lib/format';
import { errorMessage, notifySuccess } from '@/lib/notify';

import type { IssuedApiKey } from '../api/create-api-client';
import { type ApiClient, useApiClients } from '../api/get-api-clients';
import { useRevokeApiClient } from '../api/revoke-api-client';

import { CreateApiClientForm } from './create-api-client-form';
import { IssuedKeyDialog } from './issued-key-dialog';

/**
 * Machine clients: who holds an API key, with which roles and scopes, when it was last used, until when it is valid
 * and how many requests a minute it may make; issue and revoke keys.
 */
export function ApiClientsList() {
  const { t, i18n } = useTranslation(['apiClients', 'common']);
  const clients = useApiClients();
  const revoke = useRevokeApiClient();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<IssuedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiClient | null>(null);
  const date = (value?: string | null) => formatDateTime(value, i18n.language);

  const closeRevoke = () => {
    setRevoking(null);
    revoke.reset();
  };
  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: (client) => {
        notifySuccess(t('apiClients:revoked', { name: client.name }));
        closeRevoke();
      },
    });
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={720}>
          {t('apiClients:intro')}
        </Text>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {t('apiClients:new')}
        </Button>
      </Group>
      <DataTable
        label={t('apiClients:title')}
        minWidth={1100}
        highlightOnHover
        result={clients}
        emptyText={t('apiClients:empty')}
        head={
          <>
            <Table.Th>{t('apiClients:fields.name')}</Table.Th>
            <Table.Th>{t('apiClients:fields.keyPrefix')}</Table.Th>
            <Table.Th>{t('apiClients:fields.roles')}</Table.Th>
            <Table.Th>{t('apiClients:fields.scopes')}</Table.Th>
            <Table.Th>{t('apiClients:fields.active')}</Table.Th>
            <Table.Th>{t('apiClients:fields.createdAt')}</Table.Th>
            <Table.Th>{t('apiClients:fields.lastUsedAt')}</Table.Th>
            <Table.Th>{t('apiClients:fields.expiresAt')}</Table.Th>
            <Table.Th>{t('apiClients:fields.rateLimit')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('apiClients:actions')}</VisuallyHidden>
            </Table.Th>
          </>
        }
        row={(client) => (
          <Table.Tr key={client.id}>
            <Table.Td>{client.name}</Table.Td>
            <Table.Td>
              <Code>{client.keyPrefix}…</Code>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {client.roles.map((role) => (
                  <Badge key={role} variant="light" size="sm">
                    {t(`common:roles.${role}`)}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {client.scopes.map((scope) => (
                  <Badge key={scope} variant="outline" size="sm" tt="none">
                    {t(`apiClients:scopes.${scope.replace(':', '_')}`)}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              <Badge color={client.active ? 'green' : 'gray'} variant="light">
                {client.active ? t('apiClients:activeYes') : t('apiClients:activeNo')}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{date(client.createdAt)}</Text>
              {client.createdBy && (
                <Text size="xs" c="dimmed">
                  {client.createdBy}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {client.lastUsedAt ? date(client.lastUsedAt) : t('apiClients:neverUsed')}
            </Table.Td>
            <Table.Td>
              {client.expiresAt ? (
                <Group gap={4}>
                  <Text size="sm">{date(client.expiresAt)}</Text>
                  {client.expired && (
                    <Badge color="red" variant="light" size="sm">
                      {t('apiClients:expired')}
                    </Badge>
                  )}
                </Group>
              ) : (
                t('apiClients:noExpiry')
              )}
            </Table.Td>
            <Table.Td>
              {t('apiClients:perMinute', {
                formatted: formatCount(client.rateLimitPerMinute, i18n.language),
              })}
            </Table.Td>
            <Table.Td>
              {client.active && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconBan size={14} aria-hidden />}
                  aria-label={t('apiClients:revokeClient', { name: client.name })}
                  onClick={() => setRevoking(client)}
                >
                  {t('apiClients:revoke')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        )}
      />
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('apiClients:new')}>
        {creating && (
          <CreateApiClientForm
            onCancel={() => setCreating(false)}
            onCreated={(result) => {
              setCreating(false);
              setIssued(result);
            }}
          />
        )}
      </Modal>
      <IssuedKeyDialog issued={issued} onClose={() => setIssued(null)} />
      <Modal opened={revoking !== null} onClose={closeRevoke} title={t('apiClients:revokeTitle')}>
        {revoking && (
          <Stack>
            <Text size="sm">{t('apiClients:revokeText', { name: revoking.name })}</Text>
            {revoke.isError && (
              <Text size="sm" c="red" role="alert">
                {errorMessage(revoke.error)}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={closeRevoke}>
                {t('common:actions.cancel')}
              </Button>
              <Button color="red" loading={revoke.isPending} onClick={confirmRevoke}>
                {t('apiClients:revokeConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
