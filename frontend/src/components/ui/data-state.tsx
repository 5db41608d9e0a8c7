import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '@/lib/notify';

export type DataStateProps = {
  isLoading: boolean;
  error: unknown;
  isEmpty: boolean;
  emptyText?: string;
  onRetry?: () => void;
  children: ReactNode;
};

/** Loading, error and empty states around a piece of fetched data. */
export function DataState({
  isLoading,
  error,
  isEmpty,
  emptyText,
  onRetry,
  children,
}: DataStateProps) {
  const { t } = useTranslation();
  if (isLoading) {
    return (
      <Center py="xl">
        <Loader aria-label={t('state.loading')} />
      </Center>
    );
  }
  if (error) {
    return (
      <Alert color="red" icon={<IconAlertTriangle />} title={t('state.error')} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorMessage(error)}</Text>
          {onRetry && (
            <Button size="xs" variant="light" onClick={onRetry}>
              {t('actions.retry')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  if (isEmpty) {
    return (
      <Center py="xl">
        <Text c="dimmed">{emptyText ?? t('state.empty')}</Text>
      </Center>
    );
  }
  return <>{children}</>;
}
