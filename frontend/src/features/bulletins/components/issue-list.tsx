import { Anchor, Badge, SegmentedControl, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { ScrollTable } from '@/components/ui/scroll-table';
import { paths } from '@/config/paths';
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

/** The editors' list: issues of every status, each opening the editor. */
export function IssueList() {
  const { t } = useTranslation('bulletins');
  const format = useFormat();
  const [status, setStatus] = useState<string>('DRAFT');
  const issues = useIssues({ status: status as IssueStatus, page: 0, size: 100 });
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('editorial.statusFilter')}
        value={status}
        onChange={setStatus}
        data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      <DataState
        isLoading={issues.isLoading}
        error={issues.error}
        isEmpty={issues.data?.items.length === 0}
        emptyText={t('editorial.empty')}
        onRetry={() => void issues.refetch()}
      >
        <ScrollTable label={t('editorial.table')} minWidth={640}>
          <Table striped aria-label={t('editorial.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.number')}</Table.Th>
                <Table.Th>{t('fields.title')}</Table.Th>
                <Table.Th>{t('fields.period')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
                <Table.Th>{t('fields.series')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {issues.data?.items.map((issue) => (
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
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </DataState>
    </Stack>
  );
}
