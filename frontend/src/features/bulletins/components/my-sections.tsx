import { Alert, Button, Checkbox, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { api, unwrap } from '@/lib/api-client';
import { errorMessage } from '@/lib/notify';
import { useSession } from '@/lib/session';

import { type MySettings, useMySettings, useSaveMySettings } from '../api/bulletins';
import '../i18n';

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
