import { Alert, Anchor, Center, Loader, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/notify';

import { useConfirm } from '../api/bulletins';
import '../i18n';

/** The link of the confirmation e-mail: the subscription is confirmed as soon as the page opens. */
export function Confirm({ token }: { token: string }) {
  const { t } = useTranslation('bulletins');
  const confirm = useConfirm();
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current || !token) return;
    asked.current = true;
    confirm.mutate(token);
  }, [token, confirm]);
  if (!token) {
    return (
      <Alert color="red" role="alert">
        {t('token.missing')}
      </Alert>
    );
  }
  return (
    <Stack gap="md" maw={640}>
      {confirm.isPending || confirm.isIdle ? (
        <Center py="xl">
          <Loader aria-label={t('confirm.pending')} />
        </Center>
      ) : confirm.isError ? (
        <Alert color="red" role="alert" title={t('confirm.failed')}>
          {errorMessage(confirm.error)}
        </Alert>
      ) : (
        <Alert color="green" role="status" title={t('confirm.done')}>
          {t('confirm.doneText')}
        </Alert>
      )}
      <Anchor component={Link} to={paths.bulletins.getHref()}>
        {t('issue.toArchive')}
      </Anchor>
    </Stack>
  );
}
