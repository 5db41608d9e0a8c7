import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';
import { errorMessage, notifySuccess } from '@/lib/notify';

import { type LinkRequest, useLinkRequestActions, useMyLinkRequests } from '../api/training';

import '../i18n';
import { AccountPicker } from './account-picker';

const statusColor: Record<LinkRequest['status'], string> = {
  PENDING: 'yellow',
  CONFIRMED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'gray',
};

/**
 * The learner links the accounts they run: finds one with the registry's account search, asks for a link and sees
 * the request's status; a pending request can be withdrawn. A trainer of their cohort confirms or rejects it.
 */
export function LinkAccount({ linked }: { linked: string[] }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const [picked, setPicked] = useState<string | null>(null);
  const requests = useMyLinkRequests();
  const { request, withdraw } = useLinkRequestActions();
  const pending = (requests.data ?? [])
    .filter((r) => r.status === 'PENDING')
    .map((r) => r.account.id);
  const shown = (requests.data ?? []).filter((r) => r.status !== 'WITHDRAWN');
  const error = request.error ?? withdraw.error;
  return (
    <section aria-labelledby="link-account-heading">
      <Title order={4} id="link-account-heading" mb="xs">
        {t('links.title')}
      </Title>
      <Stack>
        <Text size="sm">{t('links.hint')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <Group align="flex-end">
          <AccountPicker
            label={t('links.search')}
            description={t('links.searchHint')}
            value={picked}
            onChange={setPicked}
            exclude={[...linked, ...pending]}
            style={{ flex: 1, minWidth: 240 }}
          />
          <Button
            disabled={!picked}
            loading={request.isPending}
            onClick={() =>
              picked &&
              request.mutate(picked, {
                onSuccess: () => {
                  setPicked(null);
                  notifySuccess(t('links.requested'));
                },
              })
            }
          >
            {t('links.request')}
          </Button>
        </Group>
        <Title order={5} id="link-requests-heading">
          {t('links.requests')}
        </Title>
        {shown.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('links.noRequests')}
          </Text>
        ) : (
          <List spacing="xs" aria-labelledby="link-requests-heading">
            {shown.map((r) => (
              <List.Item key={r.id}>
                <Group gap="xs">
                  <Text size="sm">{r.account.displayName}</Text>
                  <Badge color={statusColor[r.status]} variant="light" autoContrast>
                    {t(`links.status.${r.status}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {format.date(r.createdAt)}
                  </Text>
                  {r.status === 'PENDING' && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      loading={withdraw.isPending}
                      aria-label={t('links.withdrawFor', { account: r.account.displayName })}
                      onClick={() =>
                        withdraw.mutate(r.id, {
                          onSuccess: () => notifySuccess(t('links.withdrawn')),
                        })
                      }
                    >
                      {t('links.withdraw')}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </section>
  );
}

/** The learner removes the link to one of their accounts. */
export function UnlinkButton({ accountId, name }: { accountId: string; name: string }) {
  const { t } = useTranslation('training');
  const { unlink } = useLinkRequestActions();
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      color="red"
      loading={unlink.isPending}
      aria-label={t('links.unlinkFor', { account: name })}
      onClick={() =>
        unlink.mutate(accountId, { onSuccess: () => notifySuccess(t('links.unlinked')) })
      }
    >
      {t('links.unlink')}
    </Button>
  );
}
