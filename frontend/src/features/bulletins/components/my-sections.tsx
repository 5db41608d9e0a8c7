import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';

import { useMySections } from '../api/bulletins';
import '../i18n';

import { BlockList } from './blocks';

/**
 * The personal sections of the bulletin for the organisations the signed-in person belongs to: what
 * went only to them (recommendations, failing criteria, changes, follow-up), never in the public issue.
 */
export function MySections() {
  const { t } = useTranslation('bulletins');
  const format = useFormat();
  const sections = useMySections();
  return (
    <DataState
      isLoading={sections.isLoading}
      error={sections.error}
      isEmpty={sections.data?.length === 0}
      emptyText={t('mine.empty')}
      onRetry={() => void sections.refetch()}
    >
      <Stack gap="xl">
        {sections.data?.map((section) => {
          const headingId = `section-${section.issueId}-${section.organizationId}`;
          return (
            <Card key={headingId} withBorder component="section" aria-labelledby={headingId}>
              <Stack gap="md">
                <Stack gap={4}>
                  <Title order={3} id={headingId}>
                    {t('mine.heading', {
                      organization: section.organizationName,
                      title: section.issueTitle,
                    })}
                  </Title>
                  <Group gap="sm">
                    <Text size="sm">{t('issue.number', { number: section.number })}</Text>
                    <Text size="sm" c="dimmed">
                      {t('issue.published', { date: format.date(section.publishedAt) })}
                    </Text>
                    <Anchor
                      size="sm"
                      component={Link}
                      to={paths.bulletinIssue.getHref(section.series, section.number)}
                    >
                      {t('mine.toIssue')}
                    </Anchor>
                  </Group>
                </Stack>
                <BlockList blocks={section.blocks} level={4} />
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </DataState>
  );
}
