import { Alert, Anchor, Badge, Divider, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconFileTypePdf, IconRss, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { apiUrl } from '@/lib/api-client';
import { useFormat } from '@/lib/format';

import { useIssue } from '../api/bulletins';
import '../i18n';

import { BlockList } from './blocks';
import { period } from './period';

/** A published issue (its latest revision or an earlier one), with its PDF, feed and corrections. */
export function IssueView({
  series,
  number,
  revision,
}: {
  series: string;
  number: number;
  revision?: number;
}) {
  const { t } = useTranslation('bulletins');
  const format = useFormat();
  const issue = useIssue(series, number, revision);
  const latest = issue.latest.data;
  const shown = issue.shown;
  const pdf = shown
    ? shown.revision === latest?.revision
      ? `/api/v1/bulletins/issues/${shown.id}/pdf`
      : `/api/v1/bulletins/issues/${shown.id}/revisions/${shown.revision}/pdf`
    : '';
  return (
    <>
      <PageHeader title={shown?.title ?? t('issue.pageTitle')} titleLang={shown?.language} />
      <DataState
        isLoading={issue.isLoading}
        error={issue.error}
        isEmpty={false}
        onRetry={issue.refetch}
      >
        {shown && latest && (
          <Stack gap="lg">
            <link
              rel="alternate"
              type="application/atom+xml"
              href={apiUrl(`/api/v1/bulletins/series/${series}/feed`)}
              title={t('archive.feedOf', { title: shown.seriesTitle })}
            />
            <Group gap="sm">
              <Badge variant="light">{shown.seriesTitle}</Badge>
              <Text>{t('issue.number', { number: shown.number })}</Text>
              <Text>
                {t('issue.period', { period: period(format, shown.periodFrom, shown.periodTo) })}
              </Text>
              <Text c="dimmed">
                {t('issue.published', { date: format.date(shown.publishedAt) })}
              </Text>
            </Group>
            {shown.revision !== latest.revision && (
              <Alert color="yellow" role="status">
                {t('issue.olderRevision', { revision: shown.revision })}{' '}
                <Anchor component={Link} to={paths.bulletinIssue.getHref(series, number)}>
                  {t('issue.toLatest')}
                </Anchor>
              </Alert>
            )}
            <Group component="nav" aria-label={t('issue.formats')} gap="md">
              <Anchor href={apiUrl(pdf)}>
                <Group gap={4} component="span">
                  <IconFileTypePdf size={16} aria-hidden />
                  {t('issue.pdf')}
                </Group>
              </Anchor>
              <Anchor href={apiUrl(`/api/v1/bulletins/issues/${shown.id}/html`)}>
                <Group gap={4} component="span">
                  <IconWorld size={16} aria-hidden />
                  {t('issue.html')}
                </Group>
              </Anchor>
              <Anchor href={apiUrl(`/api/v1/bulletins/series/${series}/feed`)}>
                <Group gap={4} component="span">
                  <IconRss size={16} aria-hidden />
                  {t('issue.feed')}
                </Group>
              </Anchor>
              <Anchor component={Link} to={paths.bulletins.getHref()}>
                {t('issue.toArchive')}
              </Anchor>
            </Group>
            <Divider />
            {/* the issue's content is in the issue's language, the page around it in the reader's */}
            <BlockList blocks={shown.blocks} lang={shown.language} />
            {latest.revisions.length > 1 && (
              <Stack component="section" aria-labelledby="bulletin-revisions" gap="xs">
                <Divider />
                <Title order={3} id="bulletin-revisions">
                  {t('issue.revisions')}
                </Title>
                <List>
                  {latest.revisions.map((r) => (
                    <List.Item key={r.revision}>
                      {r.revision === shown.revision ? (
                        <Text span fw={600}>
                          {t('issue.revision', { revision: r.revision })}
                        </Text>
                      ) : (
                        <Anchor
                          component={Link}
                          to={paths.bulletinIssue.getHref(series, number, r.revision)}
                        >
                          {t('issue.revision', { revision: r.revision })}
                        </Anchor>
                      )}
                      {' · '}
                      {format.dateTime(r.publishedAt)}
                      {r.note && ` · ${t('issue.note', { note: r.note })}`}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            )}
          </Stack>
        )}
      </DataState>
    </>
  );
}
