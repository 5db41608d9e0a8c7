import { Alert, Anchor, Button, Fieldset, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { ScrollTable } from '@/components/ui/scroll-table';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';
import { errorMessage } from '@/lib/notify';

import { useDeliveries, useDeliveryActions } from '../api/bulletins';
import '../i18n';

const COUNTS = [
  'recipients',
  'pending',
  'sent',
  'held',
  'failed',
  'bounced',
  'unsubscribed',
  'cancelled',
] as const;

/** Sending a published issue: a test to the editor first, then the real sending and its counts. */
export function DeliveryPanel({ id }: { id: string }) {
  const { t } = useTranslation('bulletins');
  const format = useFormat();
  const report = useDeliveries(id, true);
  const actions = useDeliveryActions(id);
  const [asking, setAsking] = useState(false);
  const failed = actions.testSend.error ?? actions.start.error;
  return (
    <Fieldset legend={t('delivery.title')} maw={900}>
      <Stack gap="sm">
        {failed && (
          <Alert color="red" role="alert">
            {errorMessage(failed)}
          </Alert>
        )}
        {actions.testSend.data && (
          <Alert color="green" role="status">
            {actions.testSend.data.queued ? t('delivery.testSent') : t('delivery.testHeld')}
          </Alert>
        )}
        <Group>
          <Button
            variant="light"
            loading={actions.testSend.isPending}
            onClick={() => actions.testSend.mutate()}
          >
            {t('delivery.testSend')}
          </Button>
          {asking ? (
            <>
              <Text fw={600}>{t('delivery.sure')}</Text>
              <Button
                loading={actions.start.isPending}
                onClick={() =>
                  actions.start.mutate(undefined, { onSettled: () => setAsking(false) })
                }
              >
                {t('delivery.startYes')}
              </Button>
              <Button variant="default" onClick={() => setAsking(false)}>
                {t('actions.cancel')}
              </Button>
            </>
          ) : (
            <Button onClick={() => setAsking(true)}>{t('delivery.start')}</Button>
          )}
        </Group>
        <DataState
          isLoading={report.isLoading}
          error={report.error}
          isEmpty={false}
          onRetry={() => void report.refetch()}
        >
          {report.data && report.data.revisions.length === 0 && (
            <Text c="dimmed">{t('delivery.none')}</Text>
          )}
          {report.data && report.data.revisions.length > 0 && (
            <ScrollTable label={t('delivery.report')} minWidth={720}>
              <Table aria-label={t('delivery.report')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('delivery.revision')}</Table.Th>
                    <Table.Th>{t('delivery.startedAt')}</Table.Th>
                    {COUNTS.map((key) => (
                      <Table.Th key={key}>{t(`delivery.${key}`)}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.data.revisions.map((row) => (
                    <Table.Tr key={row.revision}>
                      <Table.Td>{format.count(row.revision)}</Table.Td>
                      <Table.Td>{format.dateTime(row.startedAt)}</Table.Td>
                      {COUNTS.map((key) => (
                        <Table.Td key={key}>{format.count(row[key])}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </DataState>
        <Group>
          <Button variant="subtle" size="xs" onClick={() => void report.refetch()}>
            {t('delivery.refresh')}
          </Button>
          <Anchor component={Link} to={paths.bulletinMessages.getHref(id)} size="sm">
            {t('delivery.messages')}
          </Anchor>
        </Group>
      </Stack>
    </Fieldset>
  );
}
