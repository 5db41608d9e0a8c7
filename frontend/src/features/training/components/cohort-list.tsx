import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { ScrollTable } from '@/components/ui/scroll-table';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';

import { useCohorts } from '../api/training';
import '../i18n';

/** The cohorts the caller may see (their own as a trainer; all for a coordinator or admin). */
export function CohortList() {
  const { t } = useTranslation('training');
  const format = useFormat();
  const cohorts = useCohorts(0);
  return (
    <DataState
      isLoading={cohorts.isLoading}
      error={cohorts.error}
      isEmpty={cohorts.data?.items.length === 0}
      emptyText={t('cohorts.empty')}
      onRetry={() => void cohorts.refetch()}
    >
      <ScrollTable minWidth={640} label={t('cohorts.table')}>
        <Table striped aria-label={t('cohorts.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cohorts.title')}</Table.Th>
              <Table.Th>{t('cohorts.programme')}</Table.Th>
              <Table.Th>{t('cohorts.dates')}</Table.Th>
              <Table.Th>{t('cohorts.enrolled')}</Table.Th>
              <Table.Th>{t('cohorts.applied')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cohorts.data?.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={paths.trainingCohort.getHref(c.id)}>
                    {c.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.programme.title}</Table.Td>
                <Table.Td>
                  {format.date(c.startsOn)} — {format.date(c.endsOn)}
                </Table.Td>
                <Table.Td>
                  {format.count(c.enrolled)} / {format.count(c.capacity)}
                </Table.Td>
                <Table.Td>{format.count(c.applied)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </DataState>
  );
}
