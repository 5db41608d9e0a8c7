import { Badge, Code, Group, Paper, Select, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PagedTable } from '@/components/ui/paged-table';
import { SearchInput } from '@/components/ui/search-input';
import { useSearchState } from '@/hooks/use-search-state';
import { formatDateTime } from '@/lib/format';

import { type AuditQuery, useAudit } from '../api/get-audit';

import { AuditSummary } from './audit-summary';

const KEYS = ['entityType', 'entityId', 'actor'] as const;
const ENTITY_TYPES = ['organization', 'account', 'user', 'api-client'];

/** Who changed what and when: the audit log, newest first, filtered by entity and actor. */
export function AuditList() {
  const { t, i18n } = useTranslation('audit');
  const { values, paging, setFilters, setPaging } = useSearchState(KEYS);
  const audit = useAudit({ ...values, ...paging } as AuditQuery);

  return (
    <Stack>
      <Paper withBorder p="md">
        <Group align="flex-end">
          <Select
            label={t('filters.entityType')}
            placeholder={t('filters.any')}
            clearable
            data={ENTITY_TYPES.map((type) => ({ value: type, label: t(`entityTypes.${type}`) }))}
            value={values.entityType || null}
            onChange={(entityType) => setFilters({ entityType })}
          />
          <SearchInput
            label={t('filters.entityId')}
            value={values.entityId}
            onChange={(entityId) => setFilters({ entityId })}
          />
          <SearchInput
            label={t('filters.actor')}
            value={values.actor}
            onChange={(actor) => setFilters({ actor })}
          />
        </Group>
      </Paper>
      <PagedTable
        label={t('title')}
        minWidth={900}
        result={audit}
        emptyText={t('empty')}
        paging={paging}
        setPaging={setPaging}
        head={
          <>
            <Table.Th>{t('columns.at')}</Table.Th>
            <Table.Th>{t('columns.actor')}</Table.Th>
            <Table.Th>{t('columns.action')}</Table.Th>
            <Table.Th>{t('columns.entity')}</Table.Th>
            <Table.Th>{t('columns.summary')}</Table.Th>
          </>
        }
        row={(entry) => (
          <Table.Tr key={entry.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {formatDateTime(entry.at, i18n.language)}
            </Table.Td>
            <Table.Td>{entry.actorEmail ?? t('system')}</Table.Td>
            <Table.Td>
              <Badge variant="light">{entry.action}</Badge>
            </Table.Td>
            <Table.Td>
              {t(`entityTypes.${entry.entityType}`, { defaultValue: entry.entityType })}
              {entry.entityId && (
                <Code block={false} ml={4}>
                  {entry.entityId}
                </Code>
              )}
            </Table.Td>
            <Table.Td maw={480}>
              <AuditSummary summary={entry.summary} />
            </Table.Td>
          </Table.Tr>
        )}
      />
    </Stack>
  );
}
