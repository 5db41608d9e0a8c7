import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { paths } from '@/config/paths';
import { api, unwrap } from '@/lib/api-client';
import { useFormat } from '@/lib/format';
import { errorMessage } from '@/lib/notify';
import { useSession } from '@/lib/session';

import { type MySettings, useMySections, useMySettings, useSaveMySettings } from '../api/bulletins';
import '../i18n';

import { BlockList } from './blocks';

/** The signed-in person's bulletin page: whether bulletins come, and the sections of their organisation. */
export function MyBulletins() {
  const { t } = useTranslation('bulletins');
  const settings = useMySettings();
  return (
    <Stack gap="xl">
      <Text maw={820}>{t('mine.intro')}</Text>
      <DataState
        isLoading={settings.isLoading}
        error={settings.error}
        isEmpty={false}
        onRetry={() => void settings.refetch()}
      >
        {settings.data && <SettingsForm key={JSON.stringify(settings.data)} data={settings.data} />}
      </DataState>
      <Sections />
    </Stack>
  );
}

function SettingsForm({ data }: { data: MySettings }) {
  const { t } = useTranslation('bulletins');
  const session = useSession();
  const own = session?.user.organizationId ?? null;
  const organization = useQuery({
    queryKey: ['bulletins', 'organization', own],
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: own ?? '' } } })),
    enabled: !!own,
  });
  const save = useSaveMySettings();
  const [receive, setReceive] = useState(data.receive);
  const [withOwn, setWithOwn] = useState(!!own && data.organizations.includes(own));
  const others = data.organizations.filter((id) => id !== own);
  return (
    <form
      aria-labelledby="my-bulletin-settings"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          receive,
          organizations: [...(withOwn && own ? [own] : []), ...others],
        });
      }}
    >
      <Stack gap="sm" maw={640}>
        <Title order={3} id="my-bulletin-settings">
          {t('mine.settings')}
        </Title>
        {save.isSuccess && (
          <Alert color="green" role="status">
            {t('preferences.saved')}
          </Alert>
        )}
        {save.isError && (
          <Alert color="red" role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        <Switch
          label={t('mine.receive')}
          checked={receive}
          onChange={(e) => setReceive(e.currentTarget.checked)}
        />
        {own && (
          <Checkbox
            label={t('mine.ownSection', { name: organization.data?.name ?? '…' })}
            checked={withOwn}
            onChange={(e) => setWithOwn(e.currentTarget.checked)}
          />
        )}
        {others.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('mine.others', { count: others.length })}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('preferences.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The personal sections: what went only to the person's organisations (recommendations, failing criteria,
 * changes, follow-up), never in the public issue.
 */
function Sections() {
  const { t } = useTranslation('bulletins');
  const format = useFormat();
  const sections = useMySections();
  return (
    <Stack component="section" aria-labelledby="my-bulletin-sections" gap="md">
      <Title order={3} id="my-bulletin-sections">
        {t('mine.sections')}
      </Title>
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
                    <Title order={4} id={headingId}>
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
                        to={paths.bulletinIssue.getHref(section.seriesSlug, section.number)}
                      >
                        {t('mine.toIssue')}
                      </Anchor>
                    </Group>
                  </Stack>
                  <BlockList blocks={section.blocks} level={5} lang={section.language} />
                </Stack>
              </Card>
            );
          })}
        </Stack>
      </DataState>
    </Stack>
  );
}
