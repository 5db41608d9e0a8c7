import { Alert, Button, Fieldset, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { useFormat } from '@/lib/format';
import { errorMessage } from '@/lib/notify';

import { useDeliveries, useDeliveryActions } from '../api/bulletins';
import '../i18n';

const COUNTS = ['recipients', 'sent', 'failed', 'bounced', 'unsubscribed'] as const;

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
        {actions.testSend.isSuccess && (
          <Alert color="green" role="status">
            {t('delivery.testSent')}
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
          {report.data && (
            <Table aria-label={t('delivery.report')} maw={480}>
              <Table.Caption>{t('delivery.report')}</Table.Caption>
              <Table.Tbody>
                {COUNTS.map((key) => (
                  <Table.Tr key={key}>
                    <Table.Th scope="row">{t(`delivery.${key}`)}</Table.Th>
                    <Table.Td>{format.count(report.data[key])}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </DataState>
        <Group>
          <Button variant="subtle" size="xs" onClick={() => void report.refetch()}>
            {t('delivery.refresh')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
