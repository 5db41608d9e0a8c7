import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';

/** A path the app does not know: a heading (and the window's title) of its own, and the way home. */
export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.notFoundTitle')} />
      <Text size="sm" mb="xs">
        {t('errors.notFoundText')}
      </Text>
      <Anchor component={Link} to="/">
        {t('actions.home')}
      </Anchor>
    </>
  );
}
