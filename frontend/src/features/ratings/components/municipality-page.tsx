import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { useMunicipalityList, useReferenceNames } from '@/hooks/use-reference-data';
import { useFormat } from '@/lib/format';

import { useAllRatingRows } from '../api/get-rating-rows';
import { useTrend } from '../api/get-trend';

import { formatPlace } from './rating-format';
import { RatingTable } from './rating-table';
import { tableRow } from './rows';
import { TrendChart } from './trend-chart';

export type MunicipalityPageProps = { id: string };

/** A municipality: its index and place in the newest rating, its trend, its organizations and accounts. */
export function MunicipalityPage({ id }: MunicipalityPageProps) {
  const { t } = useTranslation('ratings');
  const format = useFormat();
  const names = useReferenceNames();
  const trend = useTrend('municipality', id);
  const municipalities = useMunicipalityList();
  const points = trend.data ?? [];
  const latest = points.at(-1);
  const name =
    latest?.name ??
    municipalities.data?.find((item) => item.id === id)?.name ??
    t('page.municipality');
  const organizations = useAllRatingRows(latest?.snapshotId, {
    level: 'ORGANIZATION',
    peerGroup: 'OVERALL',
    municipality: id,
  });
  const accounts = useAllRatingRows(latest?.snapshotId, {
    level: 'ACCOUNT',
    peerGroup: 'OVERALL',
    municipality: id,
  });

  return (
    <>
      <PageHeader title={name} />
      <DataState
        isLoading={trend.isPending}
        error={trend.error}
        isEmpty={points.length === 0}
        emptyText={t('page.notRated')}
      >
        {latest && (
          <Stack gap="xl">
            <Text>
              {t('page.unitSummary', {
                period: latest.campaign.period,
                index: format.index(latest.index),
                place:
                  formatPlace(
                    {
                      from: latest.place?.from ?? null,
                      to: latest.place?.to ?? null,
                      of: latest.place?.of ?? null,
                    },
                    format.language,
                  ) ?? t('table.notRanked'),
              })}{' '}
              {t('page.coverage', { evaluated: latest.evaluated, total: latest.total })}
            </Text>
            <TrendChart points={points} />
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t('page.organizations')}
              </Title>
              {organizations.data && (
                <RatingTable
                  label={t('page.organizationsOf', { name })}
                  rows={organizations.data.map((row) => tableRow(row, names.sector))}
                  coverage
                />
              )}
            </Stack>
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t('page.accounts')}
              </Title>
              {accounts.data && (
                <RatingTable
                  label={t('page.accountsOf', { name })}
                  rows={accounts.data.map((row) => tableRow(row, names.sector))}
                />
              )}
            </Stack>
          </Stack>
        )}
      </DataState>
    </>
  );
}
