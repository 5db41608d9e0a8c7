import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { EDITOR_ROLES, hasAnyRole, useSession } from '@/lib/session';

import { useCriteriaSets } from '../api/get-criteria-sets';
import type { CriteriaSetSummary } from '../api/schema';

import { NewDraftButton } from './new-draft-button';
import { CriteriaSetStatusBadge } from './status-badge';

function byNewest(a: CriteriaSetSummary, b: CriteriaSetSummary) {
  return (b.approvedAt ?? b.updatedAt).localeCompare(a.approvedAt ?? a.updatedAt);
}

/**
 * The methodology for everyone: the approved edition(s) in force first, then older editions; a
 * coordinator also sees the drafts and may start a new one.
 */
export function CriteriaSetsList() {
  const { t, i18n } = useTranslation('methodology');
  const canEdit = hasAnyRole(useSession(), ...EDITOR_ROLES);
  const sets = useCriteriaSets({ size: 200 });
  const items = sets.data?.items ?? [];
  const approved = items.filter((set) => set.status === 'APPROVED').sort(byNewest);
  const drafts = items.filter((set) => set.status === 'DRAFT').sort(byNewest);
  const retired = items.filter((set) => set.status === 'RETIRED').sort(byNewest);
  const date = (value: string | null) =>
    value ? new Date(value).toLocaleDateString(i18n.language) : '—';
  const number = (value: number) =>
    Number(value).toLocaleString(i18n.language, { maximumFractionDigits: 3 });

  const table = (rows: CriteriaSetSummary[], label: string) => (
    <Table.ScrollContainer minWidth={640}>
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
              <Table.Td>{set.criteriaCount}</Table.Td>
              <Table.Td>{number(set.totalWeight)}</Table.Td>
              <Table.Td>{date(set.approvedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );

  return (
    <>
      <PageHeader title={t('list.title')} actions={canEdit && <NewDraftButton />} />
      <Text c="dimmed" mb="md" maw={900}>
        {t('list.intro')}
      </Text>
      <DataState
        isLoading={sets.isPending}
        error={sets.error}
        isEmpty={items.length === 0}
        emptyText={t('list.empty')}
        onRetry={() => void sets.refetch()}
      >
        <Stack gap="lg">
          <Stack gap="sm" component="section" aria-label={t('list.current')}>
            <Title order={3}>{t('list.current')}</Title>
            {approved.length === 0 && <Text c="dimmed">{t('list.noCurrent')}</Text>}
            {approved.map((set) => (
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
          {canEdit && drafts.length > 0 && (
            <Stack gap="sm" component="section" aria-label={t('list.drafts')}>
              <Title order={3}>{t('list.drafts')}</Title>
              {table(drafts, t('list.drafts'))}
            </Stack>
          )}
          {retired.length > 0 && (
            <Stack gap="sm" component="section" aria-label={t('list.older')}>
              <Title order={3}>{t('list.older')}</Title>
              {table(retired, t('list.older'))}
            </Stack>
          )}
        </Stack>
      </DataState>
    </>
  );
}
