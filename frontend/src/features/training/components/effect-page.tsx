import {
  Alert,
  Anchor,
  Box,
  Center,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { ScrollTable } from '@/components/ui/scroll-table';
import { apiUrl } from '@/lib/api-client';
import { useFormat } from '@/lib/format';
import { EDITOR_ROLES, hasAnyRole, useSession } from '@/lib/session';

import {
  type Effect,
  type EffectGroup,
  useEffectCampaigns,
  useTrainingEffect,
} from '../api/effect';
import '../i18n';

import { EffectRevisions } from './effect-revisions';

const EffectChart = lazy(() =>
  import('./effect-chart').then((module) => ({ default: module.EffectChart })),
);

export type EffectPageProps = {
  campaignId: string | null;
  onCampaign: (id: string) => void;
};

/**
 * The training effect of a published campaign: graduates' accounts against accounts of people not
 * trained, and the same accounts before and after their owner's course. Each comparison is a chart (for
 * the eye, hidden from assistive technology) and a table with every number and its count.
 */
export function EffectPage({ campaignId, onCampaign }: EffectPageProps) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const campaigns = useEffectCampaigns();
  const selected = campaignId ?? campaigns.data?.[0]?.campaignId ?? null;
  const effect = useTrainingEffect(selected);
  const canRecompute = hasAnyRole(useSession(), ...EDITOR_ROLES);
  return (
    <Stack gap="lg">
      <Text>{t('effect.intro')}</Text>
      <DataState
        isLoading={campaigns.isLoading}
        error={campaigns.error}
        isEmpty={!campaigns.data?.length}
        emptyText={t('effect.noCampaigns')}
        onRetry={() => void campaigns.refetch()}
      >
        <Group align="flex-end" gap="md" wrap="wrap">
          <NativeSelect
            label={t('effect.campaign')}
            value={selected ?? ''}
            onChange={(event) => onCampaign(event.currentTarget.value)}
            data={(campaigns.data ?? []).map((c) => ({
              value: c.campaignId,
              label: t('effect.campaignOption', {
                title: c.title,
                graduates: format.count(c.graduates),
              }),
            }))}
            w={{ base: '100%', sm: 480 }}
          />
          {selected && (
            <Group gap="sm" pb={6}>
              <Anchor
                href={apiUrl(`/api/v1/open-data/training-effect/${selected}/files/figures.csv`)}
              >
                {t('effect.figuresCsv')}
              </Anchor>
              <Anchor
                href={apiUrl(`/api/v1/open-data/training-effect/${selected}/files/accounts.csv`)}
              >
                {t('effect.accountsCsv')}
              </Anchor>
              <Anchor
                href={apiUrl(`/api/v1/open-data/training-effect/${selected}/datapackage.json`)}
              >
                {t('effect.dataPackage')}
              </Anchor>
              <Anchor
                href="https://creativecommons.org/licenses/by/4.0/"
                target="_blank"
                rel="noopener"
              >
                CC BY 4.0
              </Anchor>
            </Group>
          )}
        </Group>
        <DataState
          isLoading={effect.isLoading}
          error={effect.error}
          isEmpty={!effect.data}
          onRetry={() => void effect.refetch()}
        >
          {effect.data && <EffectFigures effect={effect.data} />}
        </DataState>
        {selected && <EffectRevisions campaignId={selected} canRecompute={canRecompute} />}
      </DataState>
    </Stack>
  );
}

function EffectFigures({ effect }: { effect: Effect }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  return (
    <Stack gap="xl">
      <Text size="sm" c="dimmed">
        {t('effect.summary', {
          period: effect.period,
          from: format.date(effect.periodStart),
          to: format.date(effect.periodEnd),
          accounts: format.count(effect.evaluatedAccounts),
          minimum: effect.minimumGroupSize,
        })}{' '}
        {effect.revisionReason
          ? t('effect.revisionWithReason', {
              revision: effect.revision,
              at: format.dateTime(effect.revisedAt),
              reason: effect.revisionReason,
            })
          : t('effect.revision', {
              revision: effect.revision,
              at: format.dateTime(effect.revisedAt),
            })}
      </Text>
      <Comparison
        title={t('effect.graduatesTitle')}
        description={t('effect.graduatesText', {
          during: format.count(effect.trainedDuringPeriod),
        })}
        first={{ label: t('effect.graduates'), group: effect.graduates, color: 'teal.7' }}
        second={{ label: t('effect.notTrained'), group: effect.notTrained, color: 'gray.6' }}
        indexDifference={effect.indexDifference}
        hoursDifference={effect.answerHoursDifference}
        minimum={effect.minimumGroupSize}
      />
      <Comparison
        title={t('effect.beforeAfterTitle')}
        description={t('effect.beforeAfterText', {
          without: format.count(effect.trainedWithoutBefore),
        })}
        first={{ label: t('effect.after'), group: effect.after, color: 'teal.7' }}
        second={{ label: t('effect.before'), group: effect.before, color: 'gray.6' }}
        indexDifference={effect.indexChange}
        hoursDifference={effect.answerHoursChange}
        minimum={effect.minimumGroupSize}
        paired={{ n: effect.pairedIndexes, median: effect.medianPairedIndexChange }}
      />
    </Stack>
  );
}

type Side = { label: string; group: EffectGroup; color: string };

function Comparison({
  title,
  description,
  first,
  second,
  indexDifference,
  hoursDifference,
  minimum,
  paired,
}: {
  title: string;
  description: string;
  first: Side;
  second: Side;
  indexDifference: number | null;
  hoursDifference: number | null;
  minimum: number;
  paired?: { n: number; median: number | null };
}) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const withheld = t('effect.withheld', { minimum });
  const value = (v: number | null, n: number, write: (x: number) => string) =>
    v === null ? (
      <Text span c="dimmed" size="sm">
        —{' '}
        <Text span size="xs">
          ({t('effect.n', { n: format.count(n) })})
        </Text>
      </Text>
    ) : (
      <>
        {write(v)}{' '}
        <Text span c="dimmed" size="xs">
          ({t('effect.n', { n: format.count(n) })})
        </Text>
      </>
    );
  const signed = (v: number | null, write: (x: number) => string) =>
    v === null ? '—' : (v > 0 ? '+' : v < 0 ? '−' : '') + write(Math.abs(v));
  const index = (x: number) => format.number(x, 2);
  const hours = (x: number) => t('effect.hours', { hours: format.number(x, 2) });
  const percent = (x: number) => format.percent(x / 100, 2);
  const shown = !first.group.suppressed || !second.group.suppressed;
  const chartData = [
    {
      label: t('effect.medianIndex'),
      first: first.group.medianIndex,
      second: second.group.medianIndex,
    },
    ...first.group.criteria.map((c, i) => ({
      label: c.code,
      first: c.shareMet,
      second: second.group.criteria[i]?.shareMet ?? null,
    })),
  ];
  return (
    <Box component="section" aria-labelledby={`${title}-heading`.replace(/\s+/g, '-')}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={`${title}-heading`.replace(/\s+/g, '-')}>
          {title}
        </Title>
        <Text size="sm">{description}</Text>
        {(first.group.suppressed || second.group.suppressed) && (
          <Alert color="yellow" variant="light">
            {withheld}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <ScrollTable label={title} minWidth={420}>
            <Table striped withTableBorder aria-label={title}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('effect.measure')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {first.label}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {second.label}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('effect.difference')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <MeasureRow
                  label={t('effect.accounts')}
                  first={format.count(first.group.accounts)}
                  second={format.count(second.group.accounts)}
                  difference="—"
                />
                <MeasureRow
                  label={t('effect.medianIndex')}
                  first={value(first.group.medianIndex, first.group.indexed, index)}
                  second={value(second.group.medianIndex, second.group.indexed, index)}
                  difference={signed(indexDifference, index)}
                />
                <MeasureRow
                  label={t('effect.medianHours')}
                  first={value(first.group.medianAnswerHours, first.group.timed, hours)}
                  second={value(second.group.medianAnswerHours, second.group.timed, hours)}
                  difference={signed(hoursDifference, hours)}
                />
                {paired && (
                  <Table.Tr>
                    <Table.Th scope="row" fw={400}>
                      {t('effect.pairedChange')}
                    </Table.Th>
                    <Table.Td ta="right" colSpan={2}>
                      {t('effect.n', { n: format.count(paired.n) })}
                    </Table.Td>
                    <Table.Td ta="right">{signed(paired.median, index)}</Table.Td>
                  </Table.Tr>
                )}
                {first.group.criteria.map((c, i) => {
                  const other = second.group.criteria[i];
                  return (
                    <MeasureRow
                      key={c.code}
                      label={`${c.code} ${c.title}`}
                      first={share(c, percent, t)}
                      second={other ? share(other, percent, t) : '—'}
                      difference={
                        c.shareMet !== null && other?.shareMet != null
                          ? signed(c.shareMet - other.shareMet, (x) => format.number(x, 2))
                          : '—'
                      }
                    />
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {shown && (
            <Box aria-hidden inert>
              <Suspense
                fallback={
                  <Center h={220}>
                    <Loader size="sm" />
                  </Center>
                }
              >
                <EffectChart
                  data={chartData}
                  series={[
                    { name: 'first', label: first.label, color: first.color },
                    { name: 'second', label: second.label, color: second.color },
                  ]}
                  format={(x) => format.number(x, 2)}
                />
              </Suspense>
            </Box>
          )}
        </SimpleGrid>
      </Stack>
    </Box>
  );
}

/** A row of the comparison table: the measure, its value in each of the two groups, and their difference. */
function MeasureRow(props: {
  label: string;
  first: ReactNode;
  second: ReactNode;
  difference: string;
}) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        {props.label}
      </Table.Th>
      <Table.Td ta="right">{props.first}</Table.Td>
      <Table.Td ta="right">{props.second}</Table.Td>
      <Table.Td ta="right">{props.difference}</Table.Td>
    </Table.Tr>
  );
}

function share(
  c: EffectGroup['criteria'][number],
  percent: (x: number) => string,
  t: (key: string, options?: Record<string, unknown>) => string,
) {
  return c.shareMet === null
    ? t('effect.metOf', { met: c.met, assessed: c.assessed })
    : `${percent(c.shareMet)} (${t('effect.metOf', { met: c.met, assessed: c.assessed })})`;
}
