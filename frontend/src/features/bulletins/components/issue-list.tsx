import { Anchor, Badge, SegmentedControl, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { useSearchState } from '@/hooks/use-search-state';
import { useFormat } from '@/lib/format';

import { type IssueStatus, useIssues } from '../api/bulletins';
import '../i18n';

import { period } from './period';

export const STATUS_COLORS: Record<string, string> = {
  DRAFT: 'gray',
  REVIEW: 'yellow',
  PUBLISHED: 'green',
};

const STATUSES = ['DRAFT', 'REVIEW', 'PUBLISHED'] as const;
const FILTERS = ['status'] as const;

/** The editors' list: issues of one status, a page at a time (status and page in the address), each opening the editor. */
export function IssueList() {
  const { t } = useTranslation('bulletins');
  const format = useFormat();
  const { values, paging, setFilters, setPaging } = useSearchState(FILTERS, 50);
  const status = (STATUSES as readonly string[]).includes(values.status) ? values.status : 'DRAFT';
  const issues = useIssues({ status: status as IssueStatus, ...paging });
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('editorial.statusFilter')}
        value={status}
        onChange={(next) => setFilters({ status: next === 'DRAFT' ? null : next })}
        data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      <PagedTable
        label={t('editorial.table')}
        minWidth={640}
        result={issues}
        emptyText={t('editorial.empty')}
        paging={paging}
        setPaging={setPaging}
        head={
          <>
            <Table.Th>{t('fields.number')}</Table.Th>
            <Table.Th>{t('fields.title')}</Table.Th>
            <Table.Th>{t('fields.period')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
            <Table.Th>{t('fields.series')}</Table.Th>
          </>
        }
        row={(issue) => (
          <Table.Tr key={issue.id}>
            <Table.Td>{t('issue.number', { number: issue.number })}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={paths.bulletinEditor.getHref(issue.id)}>
                {issue.title}
              </Anchor>
            </Table.Td>
            <Table.Td>{period(format, issue.periodFrom, issue.periodTo)}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={STATUS_COLORS[issue.status] ?? 'gray'}>
                {t(`status.${issue.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{issue.seriesTitle}</Table.Td>
          </Table.Tr>
        )}
      />
    </Stack>
  );
}
