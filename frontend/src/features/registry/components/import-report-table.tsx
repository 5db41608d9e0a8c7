import { Badge, Group, List, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ScrollTable } from '@/components/ui/scroll-table';

import type { ImportReport } from '../api/import-file';

const OUTCOME_COLORS: Record<string, string> = {
  CREATED: 'green',
  UPDATED: 'blue',
  UNCHANGED: 'gray',
  ERROR: 'red',
};

export type ImportReportTableProps = { report: ImportReport };

/** The per-row result of an import or a dry run: outcome, key, and each error with its column. */
export function ImportReportTable({ report }: ImportReportTableProps) {
  const { t } = useTranslation('registry');
  const [onlyErrors, setOnlyErrors] = useState(report.totals.errors > 0);
  const rows = onlyErrors ? report.rows.filter((row) => row.outcome === 'ERROR') : report.rows;
  const totals = ['created', 'updated', 'unchanged', 'errors'] as const;

  return (
    <>
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
        </Group>
        <Switch
          label={t('import.onlyErrors')}
          checked={onlyErrors}
          onChange={(event) => setOnlyErrors(event.currentTarget.checked)}
        />
      </Group>
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
                  <Badge color={OUTCOME_COLORS[row.outcome] ?? 'gray'} variant="light">
                    {t(`import.outcomes.${row.outcome}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.key}</Table.Td>
                <Table.Td>
                  {row.errors.length > 0 && (
                    <List size="sm" spacing={2}>
                      {row.errors.map((error, index) => (
                        <List.Item key={index}>
                          {error.column && (
                            <Text span fw={600}>
                              {error.column}:{' '}
                            </Text>
                          )}
                          {error.message}
                        </List.Item>
                      ))}
                    </List>
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
