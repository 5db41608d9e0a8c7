import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { PagedData } from '@/components/ui/paged-table';
import { ScrollTable } from '@/components/ui/scroll-table';
import { paths } from '@/config/paths';
import { useSearchState } from '@/hooks/use-search-state';
import { formatCount, formatDate, formatNumber } from '@/lib/format';
import { EDITOR_ROLES, hasAnyRole, useSession } from '@/lib/session';

import { useCriteriaSets } from '../api/get-criteria-sets';
import type { CriteriaSetSummary } from '../api/schema';

import { NewDraftButton } from './new-draft-button';
import { CriteriaSetStatusBadge } from './status-badge';

type SetsList = ReturnType<typeof useCriteriaSets>;

/**
 * The methodology for everyone: the approved editions in force first, then older editions; a
 * coordinator also sees the drafts and may start a new one. Each list is paged on its own (its page in
 * the address: approvedPage, draftsPage, olderPage), by name with the newest edition first.
 */
export function CriteriaSetsList() {
  const { t, i18n } = useTranslation('methodology');
  const canEdit = hasAnyRole(useSession(), ...EDITOR_ROLES);
  const approvedState = useSearchState([], 20, 'approved');
  const draftsState = useSearchState([], 20, 'drafts');
  const olderState = useSearchState([], 20, 'older');
  const approved = useCriteriaSets({ status: 'APPROVED', ...approvedState.paging });
  const drafts = useCriteriaSets({ status: 'DRAFT', ...draftsState.paging });
  const retired = useCriteriaSets({ status: 'RETIRED', ...olderState.paging });
  const date = (value: string | null) => formatDate(value, i18n.language);
  const number = (value: number) => formatNumber(value, i18n.language, 3);
  const shown = (list: SetsList) => list.isError || (list.data?.total ?? 0) > 0;

  const table = (rows: CriteriaSetSummary[], label: string) => (
    <ScrollTable label={label} minWidth={640}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('set.name')}</Table.Th>
            <Table.Th>{t('set.edition')}</Table.Th>
            <Table.Th>{t('set.status')}</Table.Th>
            <Table.Th>{t('set.criteriaCount')}</Table.Th>
            <Table.Th>{t('set.totalWeight')}</Table.Th>
            <Table.Th>{t('set.approvedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((set) => (
            <Table.Tr key={set.id}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={
                    set.status === 'DRAFT'
                      ? paths.criteriaSetEdit.getHref(set.id)
                      : paths.criteriaSet.getHref(set.id)
                  }
                >
                  {set.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{set.edition}</Table.Td>
              <Table.Td>
                <CriteriaSetStatusBadge status={set.status} />
              </Table.Td>
              <Table.Td>{formatCount(set.criteriaCount, i18n.language)}</Table.Td>
              <Table.Td>{number(set.totalWeight)}</Table.Td>
              <Table.Td>{date(set.approvedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );

  return (
    <>
      <PageHeader title={t('list.title')} actions={canEdit && <NewDraftButton />} />
      <Text c="dimmed" mb="md" maw={900}>
        {t('list.intro')}
      </Text>
      <Stack gap="lg">
        <Stack gap="sm" component="section" aria-label={t('list.current')}>
          <Title order={3}>{t('list.current')}</Title>
          <PagedData
            result={approved}
            emptyText={t('list.noCurrent')}
            paging={approvedState.paging}
            setPaging={approvedState.setPaging}
          >
            {(items) => (
              <Stack gap="sm">
                {items.map((set) => (
                  <Paper key={set.id} withBorder p="md">
                    <Group justify="space-between" wrap="wrap">
                      <Stack gap={4}>
                        <Anchor
                          component={Link}
                          to={paths.criteriaSet.getHref(set.id)}
                          fw={700}
                          size="lg"
                        >
                          {set.name}
                        </Anchor>
                        {set.description && (
                          <Text size="sm" c="dimmed" lineClamp={2}>
                            {set.description}
                          </Text>
                        )}
                      </Stack>
                      <Group gap="xs">
                        <Badge variant="light">{t('list.edition', { edition: set.edition })}</Badge>
                        <Badge variant="light" color="gray">
                          {t('list.criteria', { count: set.criteriaCount })}
                        </Badge>
                        <Badge variant="light" color="green">
                          {t('list.approvedOn', { date: date(set.approvedAt) })}
                        </Badge>
                      </Group>
                    </Group>
                  </Paper>
                ))}
              </Stack>
            )}
          </PagedData>
        </Stack>
        {canEdit && shown(drafts) && (
          <Stack gap="sm" component="section" aria-label={t('list.drafts')}>
            <Title order={3}>{t('list.drafts')}</Title>
            <PagedData
              result={drafts}
              paging={draftsState.paging}
              setPaging={draftsState.setPaging}
            >
              {(items) => table(items, t('list.drafts'))}
            </PagedData>
          </Stack>
        )}
        {shown(retired) && (
          <Stack gap="sm" component="section" aria-label={t('list.older')}>
            <Title order={3}>{t('list.older')}</Title>
            <PagedData result={retired} paging={olderState.paging} setPaging={olderState.setPaging}>
              {(items) => table(items, t('list.older'))}
            </PagedData>
          </Stack>
        )}
      </Stack>
    </>
  );
}
