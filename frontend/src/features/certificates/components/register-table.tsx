import { Badge, Group, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PagedTable } from '@/components/ui/paged-table';
import { SearchInput } from '@/components/ui/search-input';
import { useSearchState } from '@/hooks/use-search-state';
import { useFormat } from '@/lib/format';

import { useRegister } from '../api/get-register';

const FIRST_YEAR = 2022;
const KEYS = ['q', 'year'] as const;

/** The public register: number, surname and initials, programme, dates and status. */
export function RegisterTable() {
  const { t } = useTranslation('certificates');
  const format = useFormat();
  const { values, paging, setFilters, setPaging } = useSearchState(KEYS);
  const query = {
    q: values.q,
    year: values.year ? Number(values.year) : undefined,
    page: paging.page,
    size: paging.size,
  };
  const register = useRegister(query);
  const years = [];
  for (let y = new Date().getFullYear(); y >= FIRST_YEAR; y--) years.push(String(y));
  return (
    <>
      <Group mb="md" align="flex-end">
        <SearchInput
          label={t('register.search')}
          value={values.q}
          onChange={(q) => setFilters({ q })}
        />
        <Select
          label={t('register.year')}
          data={years}
          value={values.year || null}
          onChange={(year) => setFilters({ year })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      <PagedTable
        label={t('register.title')}
        minWidth={760}
        result={register}
        emptyText={t('register.empty')}
        paging={paging}
        setPaging={setPaging}
        head={
          <>
            <Table.Th>{t('fields.number')}</Table.Th>
            <Table.Th>{t('fields.name')}</Table.Th>
            <Table.Th>{t('fields.programme')}</Table.Th>
            <Table.Th>{t('fields.hours')}</Table.Th>
            <Table.Th>{t('fields.issueDate')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
          </>
        }
        row={(e) => (
          <Table.Tr key={e.number}>
            <Table.Td>{e.number}</Table.Td>
            <Table.Td>{e.name}</Table.Td>
            <Table.Td>{e.programmeTitle}</Table.Td>
            <Table.Td>{format.count(e.hours)}</Table.Td>
            <Table.Td>{format.date(e.issueDate)}</Table.Td>
            <Table.Td>
              <Badge color={e.status === 'REVOKED' ? 'red' : 'green'} variant="light">
                {t(`status.${e.status}`)}
              </Badge>
              {e.revokedOn && (
                <Text size="xs" c="dimmed">
                  {format.date(e.revokedOn)}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        )}
      />
    </>
  );
}
