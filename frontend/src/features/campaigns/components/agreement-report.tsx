import {
  Alert,
  Badge,
  Button,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';

import { useAgreement } from '../api/get-agreement';
import { useCampaign } from '../api/get-campaign';
import type { AgreementReport as Report } from '../api/schema';

/** Landis & Koch's bands, the usual reading of kappa. */
export function kappaBand(kappa: number | null): string {
  if (kappa === null) return 'undefined';
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almostPerfect';
}

const BAND_COLORS: Record<string, string> = {
  undefined: 'gray',
  poor: 'red',
  slight: 'red',
  fair: 'orange',
  moderate: 'yellow',
  substantial: 'teal',
  almostPerfect: 'green',
};

/** Least agreement first; criteria whose kappa is undefined (one category only) go last. */
export function byAmbiguity(criteria: Report['criteria']): Report['criteria'] {
  return [...criteria].sort((a, b) => {
    if (a.kappa === null && b.kappa === null) return a.code.localeCompare(b.code);
    if (a.kappa === null) return 1;
    if (b.kappa === null) return -1;
    return a.kappa - b.kappa || a.code.localeCompare(b.code);
  });
}

/** How far the experts of the double evaluations agree, per criterion and overall. */
export function AgreementReport({ id }: { id: string }) {
  const { t, i18n } = useTranslation('campaigns');
  const campaign = useCampaign(id);
  const agreement = useAgreement(id);
  const data = agreement.data;
  const format = (value: number | null, digits = 2) =>
    value === null
      ? '—'
      : value.toLocaleString(i18n.language, {
          maximumFractionDigits: digits,
          minimumFractionDigits: digits,
        });
  const percent = (value: number | null) =>
    value === null
      ? '—'
      : `${(value * 100).toLocaleString(i18n.language, { maximumFractionDigits: 1 })} %`;
  const band = (kappa: number | null) => {
    const name = kappaBand(kappa);
    return (
      <Badge color={BAND_COLORS[name]} variant="light">
        {t(`agreement.bands.${name}`)}
      </Badge>
    );
  };

  return (
    <>
      <PageHeader
        title={t('agreement.title', { title: campaign.data?.title ?? '' })}
        actions={
          <Button component={Link} to={paths.campaign.getHref(id)} variant="default">
            {t('review.backToDashboard')}
          </Button>
        }
      />
      <DataState
        isLoading={agreement.isPending}
        error={agreement.error}
        isEmpty={!!data && data.pairs === 0}
        emptyText={t('agreement.noPairs')}
        onRetry={() => void agreement.refetch()}
      >
        {data && (
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Paper withBorder p="md">
                <Text size="xs" c="dimmed" tt="uppercase">
                  {t('agreement.pairs')}
                </Text>
                <Text fw={700} size="xl">
                  {data.pairs}
                </Text>
              </Paper>
              <Paper withBorder p="md">
                <Text size="xs" c="dimmed" tt="uppercase">
                  {t('agreement.overallKappa')}
                </Text>
                <Text fw={700} size="xl">
                  {format(data.overall.kappa)}
                </Text>
                {band(data.overall.kappa)}
              </Paper>
              <Paper withBorder p="md">
                <Text size="xs" c="dimmed" tt="uppercase">
                  {t('agreement.overallObserved')}
                </Text>
                <Text fw={700} size="xl">
                  {percent(data.overall.observed)}
                </Text>
              </Paper>
            </SimpleGrid>
            <Title order={3}>{t('agreement.perCriterion')}</Title>
            <Text size="sm" c="dimmed">
              {t('agreement.sortedHint')}
            </Text>
            <Paper withBorder>
              <Table.ScrollContainer minWidth={760}>
                <Table striped aria-label={t('agreement.table')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('review.criterion')}</Table.Th>
                      <Table.Th>{t('agreement.pairs')}</Table.Th>
                      <Table.Th>{t('agreement.observed')}</Table.Th>
                      <Table.Th>{t('agreement.kappa')}</Table.Th>
                      <Table.Th>{t('agreement.reading')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {byAmbiguity(data.criteria).map((row) => (
                      <Table.Tr key={row.criterionId}>
                        <Table.Td>
                          <Text size="sm">{row.title}</Text>
                          <Text size="xs" ff="monospace" c="dimmed">
                            {row.code}
                          </Text>
                        </Table.Td>
                        <Table.Td>{row.pairs}</Table.Td>
                        <Table.Td>{percent(row.observed)}</Table.Td>
                        <Table.Td>
                          {format(row.kappa)}
                          {row.weighted && (
                            <Text span size="xs" c="dimmed">
                              {' '}
                              ({t('agreement.weighted')})
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{band(row.kappa)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
            <Alert color="blue" variant="light" title={t('agreement.howToRead')}>
              <Text size="sm" mb="xs">
                {t('agreement.explanation')}
              </Text>
              <List size="sm">
                {(
                  ['poor', 'slight', 'fair', 'moderate', 'substantial', 'almostPerfect'] as const
                ).map((name) => (
                  <List.Item key={name}>
                    {t(`agreement.scale.${name}`)} — {t(`agreement.bands.${name}`)}
                  </List.Item>
                ))}
              </List>
              <Text size="sm" mt="xs">
                {t('agreement.undefinedExplained')}
              </Text>
            </Alert>
          </Stack>
        )}
      </DataState>
    </>
  );
}
