import { Alert, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { ScrollTable } from '@/components/ui/scroll-table';
import { useFormat } from '@/lib/format';

import { type ComparisonRow, useSelfAssessment } from '../api/self-assessment';
import '../i18n';

const AGREEMENT_COLOR: Record<ComparisonRow['agreement'], string> = {
  SAME: 'green',
  MINE_HIGHER: 'orange',
  MINE_LOWER: 'blue',
  NOT_COMPARABLE: 'gray',
};

/** One index of the comparison: its label, the figure, and what else tells where it comes from. */
function IndexCard({
  label,
  value,
  children,
}: {
  label: string;
  value: string;
  children?: ReactNode;
}) {
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      {children}
    </Card>
  );
}

/**
 * A submitted self-assessment beside the experts' latest published evaluation of the same account: both
 * indexes and, criterion by criterion, mine against the experts'. Shown to the learner and the cohort's trainers.
 */
export function SelfAssessmentView({ id }: { id: string }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const query = useSelfAssessment(id);
  const data = query.data;
  const points = (value: number | null | undefined, max: number | null | undefined) =>
    value === null || value === undefined
      ? t('self.notAssessed')
      : t('self.points', { points: format.number(value), max: format.number(max ?? 0) });
  return (
    <DataState isLoading={query.isLoading} error={query.error} isEmpty={false}>
      {data && (
        <Stack>
          <Alert color="blue">{t('self.private')}</Alert>
          <Text>
            {t('self.summary', {
              learner: data.learnerName,
              account: data.account.displayName,
              assignment: data.assignmentTitle,
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('self.methodology', {
              name: `${data.methodology.name}, ${t('self.edition', { edition: data.methodology.edition })}`,
            })}
          </Text>
          <Group gap="xs">
            <Text size="sm">{t('grading.attempt', { attempt: data.submission.attempt })}</Text>
            <Badge
              color={
                data.submission.grade === 'PASS'
                  ? 'green'
                  : data.submission.grade === 'FAIL'
                    ? 'red'
                    : 'gray'
              }
            >
              {data.submission.grade ? t(`grade.${data.submission.grade}`) : t('cabinet.awaiting')}
            </Badge>
            {data.submission.comment && (
              <Text size="sm">
                {t('cabinet.trainerComment', { comment: data.submission.comment })}
              </Text>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <IndexCard
              label={t('self.myIndex')}
              value={data.index === null ? '—' : format.number(data.index, 1)}
            />
            <IndexCard
              label={t('self.expertsIndex')}
              value={data.experts?.index == null ? '—' : format.number(data.experts.index, 1)}
            >
              {data.experts && (
                <Text size="xs" c="dimmed">
                  {t('self.campaign', {
                    title: data.experts.campaignTitle,
                    period: data.experts.period,
                  })}
                </Text>
              )}
            </IndexCard>
            <IndexCard
              label={t('self.difference')}
              value={data.indexDifference === null ? '—' : format.number(data.indexDifference, 1)}
            />
          </SimpleGrid>
          {!data.experts && <Alert color="gray">{t('self.noExperts')}</Alert>}
          {data.experts && !data.experts.sameMethodology && (
            <Alert color="yellow">{t('self.otherMethodology')}</Alert>
          )}
          <Title order={2} size="h4">
            {t('self.comparison')}
          </Title>
          <ScrollTable label={t('self.comparison')} minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('self.criterion')}</Table.Th>
                  <Table.Th scope="col">{t('self.mine')}</Table.Th>
                  <Table.Th scope="col">{t('self.experts')}</Table.Th>
                  <Table.Th scope="col">{t('self.agreementTitle')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.comparison.map((row) => (
                  <Table.Tr key={row.code}>
                    <Table.Th scope="row" fw={400}>
                      {row.code} · {row.title}
                    </Table.Th>
                    <Table.Td>
                      {row.mineNotApplicable ? t('self.na') : points(row.minePoints, row.maxPoints)}
                    </Table.Td>
                    <Table.Td>
                      {!row.expertsAssessed
                        ? '—'
                        : row.expertsNotApplicable
                          ? t('self.na')
                          : points(row.expertsPoints, row.expertsMaxPoints)}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={AGREEMENT_COLOR[row.agreement]} variant="light">
                        {t(`self.agreement.${row.agreement}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Stack>
      )}
    </DataState>
  );
}
