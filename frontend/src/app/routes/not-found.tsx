import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" title={t('errors.notFoundTitle')}>
      <Text size="sm" mb="xs">
        {t('errors.notFoundText')}
      </Text>
      <Anchor component={Link} to="/">
        {t('actions.home')}
      </Anchor>
    </Alert>
  );
}
