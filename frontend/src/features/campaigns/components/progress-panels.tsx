import { Paper, Progress as Bar, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Progress } from '../api/schema';

const STATUS_KEYS = [
  'NOT_STARTED',
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'APPROVED',
  'PUBLISHED',
] as const;

function Figure({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text fw={700} size="xl" c={color}>
        {value}
      </Text>
    </Paper>
  );
}

/** The coordinator's figures: evaluations by status, overdue, doubles, objections, per expert and municipality. */
export function ProgressPanels({ progress }: { progress: Progress }) {
  const { t } = useTranslation('campaigns');
  const done = progress.byStatus.APPROVED + progress.byStatus.PUBLISHED;
  const percent = progress.total ? Math.round((done / progress.total) * 100) : 0;

  return (
    <Stack>
      <Stack gap={4}>
        <Text size="sm">{t('progress.done', { done, total: progress.total, percent })}</Text>
        <Bar value={percent} size="lg" aria-label={t('progress.doneLabel')} />
      </Stack>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} aria-label={t('progress.byStatus')}>
        {STATUS_KEYS.map((key) => (
          <Figure key={key} label={t(`statuses.${key}`)} value={progress.byStatus[key] ?? 0} />
        ))}
        <Figure
          label={t('progress.overdue')}
          value={progress.overdue}
          color={progress.overdue > 0 ? 'red' : undefined}
        />
      </SimpleGrid>
      {progress.unassigned > 0 && (
        <Text size="sm" c="orange">
          {t('progress.unassigned', { count: progress.unassigned })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="sm">
          <Text fw={600} mb={4}>
            {t('progress.doubles')}
          </Text>
          <Text size="sm">
            {t('progress.doublesText', {
              total: progress.doubles.total,
              bothSubmitted: progress.doubles.bothSubmitted,
              reconciled: progress.doubles.reconciled,
            })}
          </Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text fw={600} mb={4}>
            {t('progress.objections')}
          </Text>
          <Text size="sm">
            {t('progress.objectionsText', {
              open: progress.objections.open,
              accepted: progress.objections.accepted,
              rejected: progress.objections.rejected,
            })}
          </Text>
        </Paper>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Stack gap="xs">
          <Title order={4}>{t('progress.perExpert')}</Title>
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('progress.perExpert')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('progress.expert')}</Table.Th>
                  <Table.Th>{t('progress.total')}</Table.Th>
                  <Table.Th>{t('statuses.NOT_STARTED')}</Table.Th>
                  <Table.Th>{t('statuses.DRAFT')}</Table.Th>
                  <Table.Th>{t('statuses.SUBMITTED')}</Table.Th>
                  <Table.Th>{t('statuses.RETURNED')}</Table.Th>
                  <Table.Th>{t('statuses.APPROVED')}</Table.Th>
                  <Table.Th>{t('progress.overdue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {progress.perExpert.map((row) => (
                  <Table.Tr key={row.expertId}>
                    <Table.Td>{row.fullName}</Table.Td>
                    <Table.Td>{row.total}</Table.Td>
                    <Table.Td>{row.notStarted}</Table.Td>
                    <Table.Td>{row.draft}</Table.Td>
                    <Table.Td>{row.submitted}</Table.Td>
                    <Table.Td>{row.returned}</Table.Td>
                    <Table.Td>{row.approved}</Table.Td>
                    <Table.Td c={row.overdue > 0 ? 'red' : undefined}>{row.overdue}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
        <Stack gap="xs">
          <Title order={4}>{t('progress.perMunicipality')}</Title>
          <Table.ScrollContainer minWidth={420} mah={420}>
            <Table striped stickyHeader aria-label={t('progress.perMunicipality')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('progress.municipality')}</Table.Th>
                  <Table.Th>{t('progress.total')}</Table.Th>
                  <Table.Th>{t('progress.doneColumn')}</Table.Th>
                  <Table.Th>{t('progress.overdue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {progress.perMunicipality.map((row) => (
                  <Table.Tr key={row.municipalityId}>
                    <Table.Td>{row.name}</Table.Td>
                    <Table.Td>{row.total}</Table.Td>
                    <Table.Td>{row.done}</Table.Td>
                    <Table.Td c={row.overdue > 0 ? 'red' : undefined}>{row.overdue}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
