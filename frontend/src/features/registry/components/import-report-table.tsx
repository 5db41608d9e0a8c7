import { Alert, Badge, Group, List, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CellMessages, OUTCOME_COLORS } from '@/components/ui/import-messages';
import { ScrollTable } from '@/components/ui/scroll-table';

import type { ImportReport } from '../api/import-file';

export type ImportReportTableProps = { report: ImportReport };

/**
 * The result of an import or a dry run: what was read (header row, ignored columns with the nearest
 * known header, rows under the data that were skipped), then per row the outcome, key, an account's
 * move to another organization, warnings and each error with the file's own column header.
 */
export function ImportReportTable({ report }: ImportReportTableProps) {
  const { t } = useTranslation('registry');
  const [onlyErrors, setOnlyErrors] = useState(report.totals.errors > 0);
  const rows = onlyErrors ? report.rows.filter((row) => row.outcome === 'ERROR') : report.rows;
  const totals = ['created', 'updated', 'unchanged', 'errors'] as const;

  return (
    <>
      {(report.ignoredColumns.length > 0 || report.trailingRows.length > 0) && (
        <Stack gap="xs">
          {report.ignoredColumns.length > 0 && (
            <Alert color="yellow" title={t('import.ignoredTitle')}>
              <List size="sm" spacing={2} aria-label={t('import.ignoredTitle')}>
                {report.ignoredColumns.map((column) => (
                  <List.Item key={column.header}>
                    {t('import.ignored', { header: column.header })}
                    {column.suggestion && (
                      <> — {t('import.suggestion', { suggestion: column.suggestion })}</>
                    )}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {report.trailingRows.length > 0 && (
            <Alert color="gray" title={t('import.trailingTitle')}>
              <List size="sm" spacing={2} aria-label={t('import.trailingTitle')}>
                {report.trailingRows.map((row) => (
                  <List.Item key={row.row}>
                    {t('import.trailing', { row: row.row, text: row.text })}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Stack>
      )}
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs" aria-label={t('import.totals')} role="group">
          {totals.map((key) => (
            <Badge
              key={key}
              size="lg"
              variant="light"
              color={key === 'errors' && report.totals.errors > 0 ? 'red' : 'gray'}
            >
              {t(`import.total.${key}`, { value: report.totals[key] })}
            </Badge>
          ))}
          {report.totals.moved > 0 && (
            <Badge size="lg" variant="light" color="orange">
              {t('import.total.moved', { value: report.totals.moved })}
            </Badge>
          )}
        </Group>
        <Switch
          label={t('import.onlyErrors')}
          checked={onlyErrors}
          onChange={(event) => setOnlyErrors(event.currentTarget.checked)}
        />
      </Group>
      {report.headerRow > 1 && (
        <Text size="sm" c="dimmed">
          {t('import.headerRow', { row: report.headerRow })}
        </Text>
      )}
      <ScrollTable label={t('import.reportLabel')} minWidth={700}>
        <Table striped aria-label={t('import.reportLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('import.row')}</Table.Th>
              <Table.Th w={140}>{t('import.outcome')}</Table.Th>
              <Table.Th>{t('import.key')}</Table.Th>
              <Table.Th>{t('import.errors')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.row}>
                <Table.Td>{row.row}</Table.Td>
                <Table.Td>
                  <Badge color={OUTCOME_COLORS[row.outcome]} variant="light">
                    {t(`import.outcomes.${row.outcome}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.key}</Table.Td>
                <Table.Td>
                  {row.move && (
                    <Text size="sm" fw={600}>
                      {t('import.move', { from: row.move.from, to: row.move.to })}
                    </Text>
                  )}
                  {row.errors.length > 0 && <CellMessages items={row.errors} />}
                  {row.warnings.length > 0 && (
                    <div aria-label={t('import.warnings')}>
                      <Text size="sm" c="dimmed">
                        {t('import.warnings')}:
                      </Text>
                      <CellMessages items={row.warnings} />
                    </div>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </>
  );
}
