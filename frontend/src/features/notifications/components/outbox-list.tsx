import { Badge, Button, Group, Modal, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { PagedTable } from '@/components/ui/paged-table';
import { useSearchState } from '@/hooks/use-search-state';
import { formatDateTime } from '@/lib/format';

import { useNotification } from '../api/get-notification';
import { type NotificationsQuery, useNotifications } from '../api/get-notifications';

const KEYS = ['status', 'kind'] as const;
const STATUSES = ['PENDING', 'SENT', 'HELD', 'FAILED', 'SWITCHED_OFF'] as const;
const KINDS = [
  'REPLY_WINDOW_OPENED',
  'REPLY_WINDOW_CLOSING',
  'LEARNER_REPLY_WINDOW_OPENED',
  'EXPERT_ASSIGNED',
  'EVALUATION_RETURNED',
  'EXPERT_DEADLINE',
  'STAGE_COMPLETE',
  'OBJECTION_FILED',
  'WEBHOOK_DISABLED',
  'PASSWORD_CHANGED',
  'ACCOUNT_DEACTIVATED',
  'CERTIFICATE_ISSUED',
] as const;
const STATUS_COLORS: Record<string, string> = {
  PENDING: 'blue',
  SENT: 'green',
  HELD: 'yellow',
  FAILED: 'red',
  SWITCHED_OFF: 'gray',
};

/** Every e-mail message, sent or held (no SMTP server configured), with what it says. */
export function OutboxList() {
  const { t, i18n } = useTranslation(['notifications', 'common']);
  const { values, paging, setFilters, setPaging } = useSearchState(KEYS);
  const query = {
    status: values.status || undefined,
    kind: values.kind || undefined,
    ...paging,
  } as NotificationsQuery;
  const messages = useNotifications(query);
  const [open, setOpen] = useState<string | null>(null);
  const date = (value?: string | null) => formatDateTime(value, i18n.language);

  return (
    <Stack>
      <Text size="sm" c="dimmed" maw={720}>
        {t('notifications:outbox.intro')}
      </Text>
      <Paper withBorder p="md">
        <Group align="flex-end">
          <Select
            label={t('notifications:fields.status')}
            placeholder={t('notifications:any')}
            clearable
            data={STATUSES.map((s) => ({ value: s, label: t(`notifications:statuses.${s}`) }))}
            value={values.status || null}
            onChange={(status) => setFilters({ status })}
          />
          <Select
            label={t('notifications:fields.kind')}
            placeholder={t('notifications:any')}
            clearable
            data={KINDS.map((k) => ({ value: k, label: t(`notifications:kinds.${k}`) }))}
            value={values.kind || null}
            onChange={(kind) => setFilters({ kind })}
            w={320}
          />
        </Group>
      </Paper>
      <PagedTable
        label={t('notifications:outbox.title')}
        minWidth={900}
        highlightOnHover
        result={messages}
        emptyText={t('notifications:outbox.empty')}
        paging={paging}
        setPaging={setPaging}
        head={
          <>
            <Table.Th>{t('notifications:fields.createdAt')}</Table.Th>
            <Table.Th>{t('notifications:fields.recipient')}</Table.Th>
            <Table.Th>{t('notifications:fields.subject')}</Table.Th>
            <Table.Th>{t('notifications:fields.kind')}</Table.Th>
            <Table.Th>{t('notifications:fields.status')}</Table.Th>
          </>
        }
        row={(message) => (
          <Table.Tr key={message.id}>
            <Table.Td>{date(message.createdAt)}</Table.Td>
            <Table.Td>{message.recipient}</Table.Td>
            <Table.Td>
              <Button variant="subtle" size="compact-sm" onClick={() => setOpen(message.id)}>
                {message.subject}
              </Button>
            </Table.Td>
            <Table.Td>{t(`notifications:kinds.${message.kind}`)}</Table.Td>
            <Table.Td>
              <Badge color={STATUS_COLORS[message.status]} variant="light">
                {t(`notifications:statuses.${message.status}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        )}
      />
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={t('notifications:outbox.message')}
        size="xl"
      >
        {open && <MessageView id={open} />}
      </Modal>
    </Stack>
  );
}

function MessageView({ id }: { id: string }) {
  const { t } = useTranslation('notifications');
  const message = useNotification(id);
  return (
    <DataState isLoading={message.isPending} error={message.error} isEmpty={false}>
      {message.data && (
        <Stack>
          <Text fw={600}>{message.data.subject}</Text>
          <Text size="sm">
            {t('fields.recipient')}: {message.data.recipient} · {t('fields.language')}:{' '}
            {message.data.language} · {t('fields.attempts')}: {message.data.attempts}
          </Text>
          {message.data.lastError && (
            <Text size="sm" c="red">
              {t('fields.lastError')}: {message.data.lastError}
            </Text>
          )}
          <iframe
            title={t('outbox.html')}
            srcDoc={message.data.html}
            sandbox=""
            style={{ width: '100%', height: 420, border: '1px solid var(--mantine-color-gray-4)' }}
          />
          <Text size="sm" fw={600}>
            {t('outbox.text')}
          </Text>
          <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {message.data.text}
          </Text>
        </Stack>
      )}
    </DataState>
  );
}
