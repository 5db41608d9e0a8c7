import { Anchor, Button, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ScrollTable } from '@/components/ui/scroll-table';
import { useFormat } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';

import { useCohortLinkRequests, useLinkRequestActions } from '../api/training';
import '../i18n';

/**
 * On the cohort board: the learners' pending requests to be linked to accounts they run, which the trainer confirms
 * (the account becomes theirs in the cabinet) or rejects.
 */
export function LinkRequestsBoard({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const requests = useCohortLinkRequests(cohortId);
  const { confirm, reject } = useLinkRequestActions();
  const items = requests.data ?? [];
  return (
    <section aria-labelledby="link-requests-board-heading">
      <Title order={3} id="link-requests-board-heading" mb="sm">
        {t('links.pendingTitle')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('links.pendingNone')}</Text>
      ) : (
        <ScrollTable minWidth={560} label={t('links.pendingTable')}>
          <Table striped aria-label={t('links.pendingTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('links.learner')}</Table.Th>
                <Table.Th>{t('links.account')}</Table.Th>
                <Table.Th>{t('links.askedAt')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => {
                const names = { learner: r.learnerName, account: r.account.displayName };
                return (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.learnerName}</Table.Td>
                    <Table.Td>
                      <Anchor href={r.account.url} target="_blank" rel="noopener noreferrer">
                        {r.account.displayName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{format.date(r.createdAt)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="compact-sm"
                          loading={confirm.isPending}
                          aria-label={t('links.confirmFor', names)}
                          onClick={() =>
                            confirm.mutate(r.id, {
                              onSuccess: () => notifySuccess(t('links.confirmed')),
                              onError: (e) => notifyError(e),
                            })
                          }
                        >
                          {t('links.confirm')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="red"
                          loading={reject.isPending}
                          aria-label={t('links.rejectFor', names)}
                          onClick={() =>
                            reject.mutate(r.id, {
                              onSuccess: () => notifySuccess(t('links.rejected')),
                              onError: (e) => notifyError(e),
                            })
                          }
                        >
                          {t('links.reject')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
