import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { paths } from '@/config/paths';
import { apiUrl } from '@/lib/api-client';
import { useFormat } from '@/lib/format';

import { useMyCertificates } from '../api/get-my-certificates';

/** The signed-in learner's certificates with links to verify and download them. */
export function MyCertificates() {
  const { t } = useTranslation('certificates');
  const format = useFormat();
  const mine = useMyCertificates();
  return (
    <DataState
      isLoading={mine.isLoading}
      error={mine.error}
      isEmpty={mine.data?.length === 0}
      emptyText={t('mine.empty')}
      onRetry={() => void mine.refetch()}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {mine.data?.map((c) => {
          const code = c.verifyUrl.substring(c.verifyUrl.lastIndexOf('/') + 1);
          return (
            <Card withBorder key={c.number} component="article" aria-label={c.number}>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={600}>{c.number}</Text>
                  <Badge color={c.status === 'REVOKED' ? 'red' : 'green'} variant="light">
                    {t(`status.${c.status}`)}
                  </Badge>
                </Group>
                <Text>{c.programmeTitle}</Text>
                <Text size="sm" c="dimmed">
                  {t('mine.summary', {
                    hours: format.count(c.hours),
                    date: format.date(c.issueDate),
                  })}
                </Text>
                <Group gap="md">
                  <Anchor component={Link} to={paths.verify.getHref(code)}>
                    {t('mine.verify')}
                  </Anchor>
                  <Anchor href={apiUrl(c.pdfUrl)} target="_blank" rel="noopener">
                    {t('verify.pdf')}
                  </Anchor>
                  <Anchor href={apiUrl(c.credentialUrl)} download>
                    {t('verify.credential')}
                  </Anchor>
                </Group>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </DataState>
  );
}
