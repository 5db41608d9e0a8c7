import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Divider,
  Group,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { paths } from '@/config/paths';
import type { Language } from '@/lib/i18n';
import { errorMessage } from '@/lib/notify';
import { ApiError, matchFieldErrors } from '@/lib/problem';

import {
  type Preferences as PreferencesData,
  usePreferenceActions,
  usePreferences,
  useSeries,
} from '../api/bulletins';
import '../i18n';

/** The link of every bulletin e-mail: series and language, a copy of the data, and wiping it. */
export function Preferences({ token }: { token: string }) {
  const { t } = useTranslation('bulletins');
  const preferences = usePreferences(token);
  const actions = usePreferenceActions(token);
  if (!token) {
    return (
      <Alert color="red" role="alert">
        {t('token.missing')}
      </Alert>
    );
  }
  if (actions.wipe.isSuccess) {
    return (
      <Stack gap="md" maw={640}>
        <Alert color="green" role="status" title={t('preferences.wiped')}>
          {t('preferences.wipedText')}
        </Alert>
        <Anchor component={Link} to={paths.bulletins.getHref()}>
          {t('issue.toArchive')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <DataState
      isLoading={preferences.isLoading}
      error={preferences.error}
      isEmpty={false}
      onRetry={() => void preferences.refetch()}
    >
      {preferences.data && (
        <Stack gap="xl" maw={640}>
          <PreferencesForm token={token} data={preferences.data} />
          <Divider />
          <Stack component="section" aria-labelledby="bulletin-my-data" gap="sm" align="flex-start">
            <Title order={3} id="bulletin-my-data">
              {t('preferences.myData')}
            </Title>
            <Text>{t('preferences.exportText')}</Text>
            {actions.exportData.isError && (
              <Alert color="red" role="alert">
                {errorMessage(actions.exportData.error)}
              </Alert>
            )}
            <Button
              variant="light"
              loading={actions.exportData.isPending}
              onClick={() => actions.exportData.mutate()}
            >
              {t('preferences.export')}
            </Button>
            <Text>{t('preferences.unsubscribeText')}</Text>
            <Anchor
              component={Link}
              to={`${paths.bulletinUnsubscribe.getHref()}?token=${encodeURIComponent(token)}`}
            >
              {t('preferences.unsubscribe')}
            </Anchor>
            <Text>{t('preferences.wipeText')}</Text>
            <WipeButton
              pending={actions.wipe.isPending}
              error={actions.wipe.error}
              onWipe={() => actions.wipe.mutate()}
            />
          </Stack>
        </Stack>
      )}
    </DataState>
  );
}

function PreferencesForm({ token, data }: { token: string; data: PreferencesData }) {
  const { t } = useTranslation('bulletins');
  const series = useSeries();
  const { save } = usePreferenceActions(token);
  const [chosen, setChosen] = useState<string[]>(data.series);
  const [language, setLanguage] = useState<string>(data.language);
  const problem =
    save.error instanceof ApiError
      ? matchFieldErrors(save.error.problem, ['series', 'language'])
      : null;
  return (
    <form
      aria-labelledby="bulletin-preferences"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ series: chosen, language: language as Language });
      }}
    >
      <Stack gap="sm">
        <Title order={3} id="bulletin-preferences">
          {t('preferences.subscription')}
        </Title>
        <Text>
          {t('preferences.who', {
            email: data.email,
            status: t(`subscriptionStatus.${data.status}`),
          })}
        </Text>
        {save.isSuccess && (
          <Alert color="green" role="status">
            {t('preferences.saved')}
          </Alert>
        )}
        {save.error !== null && (!problem || problem.unmatched.length > 0) && (
          <Alert color="red" role="alert">
            {problem ? problem.unmatched.join('; ') : errorMessage(save.error)}
          </Alert>
        )}
        <Checkbox.Group
          label={t('subscribe.series')}
          value={chosen}
          onChange={setChosen}
          error={problem?.matched.series}
        >
          <Stack gap={6} mt={6}>
            {(series.data ?? []).map((s) => (
              <Checkbox key={s.slug} value={s.slug} label={s.title} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Radio.Group
          label={t('subscribe.language')}
          value={language}
          onChange={setLanguage}
          error={problem?.matched.language}
        >
          <Group gap="md" mt={6}>
            <Radio value="ru" label={t('languages.ru')} />
            <Radio value="en" label={t('languages.en')} />
          </Group>
        </Radio.Group>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('preferences.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Wiping asks once more before it happens. */
function WipeButton({
  pending,
  error,
  onWipe,
}: {
  pending: boolean;
  error: unknown;
  onWipe: () => void;
}) {
  const { t } = useTranslation('bulletins');
  const [asking, setAsking] = useState(false);
  return (
    <Stack gap="xs" align="flex-start">
      {error !== null && error !== undefined && (
        <Alert color="red" role="alert">
          {errorMessage(error)}
        </Alert>
      )}
      {asking ? (
        <Group>
          <Text fw={600}>{t('preferences.wipeSure')}</Text>
          <Button color="red" loading={pending} onClick={onWipe}>
            {t('preferences.wipeYes')}
          </Button>
          <Button variant="default" onClick={() => setAsking(false)}>
            {t('actions.cancel')}
          </Button>
        </Group>
      ) : (
        <Button color="red" variant="light" onClick={() => setAsking(true)}>
          {t('preferences.wipe')}
        </Button>
      )}
    </Stack>
  );
}
