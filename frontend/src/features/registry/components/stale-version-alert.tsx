import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type StaleVersionAlertProps = { onReload: () => void };

/** Someone else saved the record meanwhile: nothing was written; reload to see their version. */
export function StaleVersionAlert({ onReload }: StaleVersionAlertProps) {
  const { t } = useTranslation('registry');
  return (
    <Alert color="orange" role="alert" title={t('form.staleTitle')}>
      <Text size="sm" mb="xs">
        {t('form.staleText')}
      </Text>
      <Button size="xs" variant="light" onClick={onReload}>
        {t('form.reload')}
      </Button>
    </Alert>
  );
}
