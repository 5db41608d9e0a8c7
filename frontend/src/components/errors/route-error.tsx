import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

import { errorMessage } from '@/lib/notify';

/** Shown by the router when a route fails to render or is not found. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const title = notFound ? t('errors.notFoundTitle') : t('errors.title');
  useDocumentTitle(`${title} — ${t('appName')}`);
  return (
    <Alert color={notFound ? 'gray' : 'red'} title={title} m="md">
      <Stack gap="xs">
        <Text size="sm">{notFound ? t('errors.notFoundText') : errorMessage(error)}</Text>
        <Anchor component={Link} to="/">
          {t('actions.home')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
