import { Alert, Button, Checkbox, Group, Radio, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage, type Language } from '@/lib/i18n';
import { ApiError, matchFieldErrors } from '@/lib/problem';

import { useSeries, useSubscribe } from '../api/bulletins';
import '../i18n';

const FIELDS = ['email', 'series', 'language'] as const;

/**
 * Double opt-in: the visitor leaves an address, the series and a language; the server always answers
 * the same (it never tells whether the address is known), so the form always says "check your mail".
 */
export function SubscribeForm() {
  const { t } = useTranslation('bulletins');
  const series = useSeries();
  const subscribe = useSubscribe();
  const [email, setEmail] = useState('');
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const [sent, setSent] = useState(false);
  const picked = chosen ?? (series.data ?? []).map((s) => s.slug);
  const problem =
    subscribe.error instanceof ApiError && subscribe.error.status === 400
      ? matchFieldErrors(subscribe.error.problem, FIELDS)
      : null;
  const errors = problem?.matched ?? {};
  return (
    <Stack component="section" aria-labelledby="bulletin-subscribe" gap="sm" maw={560}>
      <Title order={3} id="bulletin-subscribe">
        {t('subscribe.title')}
      </Title>
      {sent ? (
        <Alert color="green" role="status" title={t('subscribe.sentTitle')}>
          {t('subscribe.sent', { email })}
        </Alert>
      ) : (
        <form
          aria-labelledby="bulletin-subscribe"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            subscribe.mutate(
              { email: email.trim(), series: picked, language },
              {
                onSettled: (_data, error) => {
                  // only a malformed request is worth showing; any other answer looks the same
                  if (!(error instanceof ApiError && error.status === 400)) setSent(true);
                },
              },
            );
          }}
        >
          <Stack gap="sm">
            {problem && problem.unmatched.length > 0 && (
              <Alert color="red" role="alert">
                {problem.unmatched.join('; ')}
              </Alert>
            )}
            <TextInput
              type="email"
              label={t('subscribe.email')}
              required
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
            />
            {(series.data?.length ?? 0) > 0 && (
              <Checkbox.Group
                label={t('subscribe.series')}
                value={picked}
                onChange={setChosen}
                error={errors.series}
              >
                <Stack gap={6} mt={6}>
                  {series.data?.map((s) => (
                    <Checkbox key={s.slug} value={s.slug} label={s.title} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
            <Radio.Group
              label={t('subscribe.language')}
              value={language}
              onChange={(value) => setLanguage(value as Language)}
              error={errors.language}
            >
              <Group gap="md" mt={6}>
                <Radio value="ru" label={t('languages.ru')} />
                <Radio value="en" label={t('languages.en')} />
              </Group>
            </Radio.Group>
            <Group>
              <Button type="submit" loading={subscribe.isPending}>
                {t('subscribe.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
