import {
  Anchor,
  Badge,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconRss } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PaginationBar } from '@/components/ui/pagination-bar';
import { ScrollTable } from '@/components/ui/scroll-table';
import { paths } from '@/config/paths';
import { apiUrl } from '@/lib/api-client';
import { useFormat } from '@/lib/format';

import { useIssues, useSeries } from '../api/bulletins';
import '../i18n';

import { period } from './period';

const ALL = '*';

/** The public archive: the series (each with its feed) and the published issues, newest first. */
export function Archive() {
  const { t } = useTranslation('bulletins');
  const format = useFormat();
  const series = useSeries();
  const [chosen, setChosen] = useState(ALL);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(20);
  const issues = useIssues({ series: chosen === ALL ? undefined : chosen, page, size });
  return (
    <Stack gap="xl">
      <link
        rel="alternate"
        type="application/atom+xml"
        href={apiUrl('/api/v1/bulletins/feed')}
        title={t('archive.feedAll')}
      />
      <Stack component="section" aria-labelledby="bulletin-series" gap="sm">
        <Title order={3} id="bulletin-series">
          {t('archive.series')}
        </Title>
        <DataState
          isLoading={series.isLoading}
          error={series.error}
          isEmpty={series.data?.length === 0}
          emptyText={t('archive.noSeries')}
          onRetry={() => void series.refetch()}
        >
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {series.data?.map((s) => (
              <Card key={s.slug} withBorder>
                <Stack gap="xs">
                  <Text fw={600}>{s.title}</Text>
                  {s.description && <Text size="sm">{s.description}</Text>}
                  <Anchor href={apiUrl(`/api/v1/bulletins/series/${s.slug}/feed`)} size="sm">
                    <Group gap={4} component="span">
                      <IconRss size={14} aria-hidden />
                      {t('archive.feedOf', { title: s.title })}
                    </Group>
                  </Anchor>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </DataState>
        <Anchor href={apiUrl('/api/v1/bulletins/feed')}>
          <Group gap={4} component="span">
            <IconRss size={14} aria-hidden />
            {t('archive.feedAll')}
          </Group>
        </Anchor>
      </Stack>

      <Stack component="section" aria-labelledby="bulletin-issues" gap="sm">
        <Title order={3} id="bulletin-issues">
          {t('archive.issues')}
        </Title>
        {(series.data?.length ?? 0) > 1 && (
          <SegmentedControl
            aria-label={t('archive.seriesFilter')}
            value={chosen}
            onChange={(value) => {
              setChosen(value);
              setPage(0);
            }}
            data={[
              { value: ALL, label: t('archive.allSeries') },
              ...(series.data ?? []).map((s) => ({ value: s.slug, label: s.title })),
            ]}
          />
        )}
        <DataState
          isLoading={issues.isLoading}
          error={issues.error}
          isEmpty={issues.data?.items.length === 0}
          emptyText={t('archive.empty')}
          onRetry={() => void issues.refetch()}
        >
          <ScrollTable label={t('archive.issues')} minWidth={640}>
            <Table striped aria-label={t('archive.issues')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.number')}</Table.Th>
                  <Table.Th>{t('fields.title')}</Table.Th>
                  <Table.Th>{t('fields.series')}</Table.Th>
                  <Table.Th>{t('fields.period')}</Table.Th>
                  <Table.Th>{t('fields.publishedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {issues.data?.items.map((issue) => (
                  <Table.Tr key={issue.id}>
                    <Table.Td>{t('issue.number', { number: issue.number })}</Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={paths.bulletinIssue.getHref(issue.seriesSlug, issue.number)}
                      >
                        {issue.title}
                      </Anchor>
                      {issue.revision > 1 && (
                        <Badge ml="xs" variant="light" color="yellow">
                          {t('issue.corrected')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{issue.seriesTitle}</Table.Td>
                    <Table.Td>{period(format, issue.periodFrom, issue.periodTo)}</Table.Td>
                    <Table.Td>{format.date(issue.publishedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {issues.data && issues.data.total > 20 && (
            <PaginationBar
              total={issues.data.total}
              page={page}
              size={size}
              onPageChange={setPage}
              onSizeChange={(next) => {
                setSize(next);
                setPage(0);
              }}
            />
          )}
        </DataState>
      </Stack>
    </Stack>
  );
}
