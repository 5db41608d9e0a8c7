import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ScrollTable } from '@/components/ui/scroll-table';
import { useFormat } from '@/lib/format';

import { formatIndexDelta, formatPlace, formatPlaceDelta } from './rating-format';

/** One unit of a rating as the table shows it. */
export type RatingTableRow = {
  key: string;
  name: string;
  href?: string;
  /** A second line under the name: the organization, the municipality. */
  detail?: string;
  placeFrom: number | null;
  placeTo: number | null;
  placeOf: number | null;
  index: number | null;
  indexDelta: number | null;
  placeDelta: number | null;
  /** Evaluated units behind an aggregate (accounts of an organization, organizations of a municipality). */
  evaluated?: number;
  total?: number;
};

export type RatingTableProps = {
  label: string;
  rows: RatingTableRow[];
  /** Show the coverage column (evaluated of total) — for organizations, municipalities, sectors. */
  coverage?: boolean;
};

/** A rating: place (shared places as a range), name, index, change against the previous campaign. */
export function RatingTable({ label, rows, coverage = false }: RatingTableProps) {
  const { t } = useTranslation('ratings');
  const format = useFormat();
  return (
    <ScrollTable label={label} minWidth={640}>
      <Table striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.place')}</Table.Th>
            <Table.Th scope="col">{t('table.name')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.index')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.indexDelta')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.placeDelta')}
            </Table.Th>
            {coverage && (
              <Table.Th scope="col" ta="right">
                {t('table.coverage')}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatPlace(
                  { from: row.placeFrom, to: row.placeTo, of: row.placeOf },
                  format.language,
                ) ?? t('table.notRanked')}
              </Table.Td>
              <Table.Td>
                {row.href ? (
                  <Anchor component={Link} to={row.href}>
                    {row.name}
                  </Anchor>
                ) : (
                  row.name
                )}
                {row.detail && (
                  <Text size="xs" c="dimmed">
                    {row.detail}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {format.index(row.index)}
              </Table.Td>
              <Table.Td ta="right">
                {formatIndexDelta(row.indexDelta, format.language) ?? '—'}
              </Table.Td>
              <Table.Td ta="right">
                {formatPlaceDelta(row.placeDelta, format.language) ?? '—'}
              </Table.Td>
              {coverage && (
                <Table.Td ta="right">
                  {t('table.coverageOf', { evaluated: row.evaluated ?? 0, total: row.total ?? 0 })}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
