import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { useSearchState } from '@/hooks/use-search-state';
import { useFormat } from '@/lib/format';

import { useCohorts } from '../api/training';
import '../i18n';

/** The cohorts the caller may see (their own as a trainer; all for a coordinator or admin), a page at a time. */
export function CohortList() {
  const { t } = useTranslation('training');
  const format = useFormat();
  const { paging, setPaging } = useSearchState([], 50);
  const cohorts = useCohorts(paging.page, paging.size);
  return (
    <PagedTable
      label={t('cohorts.table')}
      minWidth={640}
      result={cohorts}
      emptyText={t('cohorts.empty')}
      paging={paging}
      setPaging={setPaging}
      head={
        <>
          <Table.Th>{t('cohorts.title')}</Table.Th>
          <Table.Th>{t('cohorts.programme')}</Table.Th>
          <Table.Th>{t('cohorts.dates')}</Table.Th>
          <Table.Th>{t('cohorts.enrolled')}</Table.Th>
          <Table.Th>{t('cohorts.applied')}</Table.Th>
        </>
      }
      row={(c) => (
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
      )}
    />
  );
}
