import { Alert, Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { errorMessage, notifySuccess } from '@/lib/notify';

import {
  type NotificationSettings,
  useNotificationSettings,
} from '../api/get-notification-settings';
import { useUpdateNotificationSettings } from '../api/update-notification-settings';

type Kind = NotificationSettings['kinds'][number]['kind'];
type Language = NotificationSettings['language'];

/** The signed-in user's e-mail language and the kinds of notification they receive. */
export function NotificationSettingsForm() {
  const { t } = useTranslation(['notifications', 'common']);
  const settings = useNotificationSettings();
  return (
    <DataState
      isLoading={settings.isPending}
      error={settings.error}
      isEmpty={false}
      onRetry={() => void settings.refetch()}
    >
      {settings.data && (
        <Stack>
          <Text size="sm" c="dimmed" maw={640}>
            {t('notifications:settings.intro')}
          </Text>
          <SettingsForm settings={settings.data} key={JSON.stringify(settings.data)} />
        </Stack>
      )}
    </DataState>
  );
}

function SettingsForm({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation(['notifications', 'common']);
  const update = useUpdateNotificationSettings();
  const [language, setLanguage] = useState<Language>(settings.language);
  const [off, setOff] = useState<Set<Kind>>(
    () => new Set(settings.kinds.filter((k) => !k.enabled).map((k) => k.kind)),
  );

  const toggle = (kind: Kind, enabled: boolean) =>
    setOff((current) => {
      const next = new Set(current);
      if (enabled) next.delete(kind);
      else next.add(kind);
      return next;
    });

  const save = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { language, switchedOff: settings.kinds.map((k) => k.kind).filter((k) => off.has(k)) },
      { onSuccess: () => notifySuccess(t('notifications:settings.saved')) },
    );
  };

  return (
    <form onSubmit={save} noValidate>
      <Stack maw={640}>
        {update.error && (
          <Alert color="red" role="alert">
            {errorMessage(update.error)}
          </Alert>
        )}
        <Radio.Group
          label={t('notifications:settings.language')}
          value={language}
          onChange={(value) => setLanguage(value as Language)}
        >
          <Group mt="xs">
            <Radio value="ru" label="Русский" />
            <Radio value="en" label="English" />
          </Group>
        </Radio.Group>
        <Checkbox.Group
          label={t('notifications:settings.kinds')}
          value={settings.kinds.map((k) => k.kind).filter((k) => !off.has(k))}
        >
          <Stack gap="sm" mt="xs">
            {settings.kinds.map(({ kind, security }) => (
              <Checkbox
                key={kind}
                value={kind}
                label={t(`notifications:kinds.${kind}`)}
                description={security ? t('notifications:settings.securityKind') : undefined}
                disabled={security}
                onChange={(event) => toggle(kind, event.currentTarget.checked)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
