import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/notify';

import { useUnsubscribe } from '../api/bulletins';
import '../i18n';

/** The visible unsubscribe link of every bulletin e-mail: one button, one POST, honoured at once. */
export function Unsubscribe({ token }: { token: string }) {
  const { t } = useTranslation('bulletins');
  const unsubscribe = useUnsubscribe();
  if (!token) {
    return (
      <Alert color="red" role="alert">
        {t('token.missing')}
      </Alert>
    );
  }
  return (
    <Stack gap="md" maw={640} align="flex-start">
      {unsubscribe.isSuccess ? (
        <Alert color="green" role="status" title={t('unsubscribe.done')}>
          {t('unsubscribe.doneText')}
        </Alert>
      ) : (
        <>
          <Text>{t('unsubscribe.text')}</Text>
          {unsubscribe.isError && (
            <Alert color="red" role="alert">
              {errorMessage(unsubscribe.error)}
            </Alert>
          )}
          <Button
            color="red"
            loading={unsubscribe.isPending}
            onClick={() => unsubscribe.mutate(token)}
          >
            {t('unsubscribe.button')}
          </Button>
        </>
      )}
      <Anchor component={Link} to={paths.bulletins.getHref()}>
        {t('issue.toArchive')}
      </Anchor>
    </Stack>
  );
}
