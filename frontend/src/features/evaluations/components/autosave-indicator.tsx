import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { formatTime } from '@/lib/format';

import type { AutosaveStatus } from './answer-draft-store';

export type AutosaveIndicatorProps = {
  status: AutosaveStatus;
  onRetry: () => void;
};

/** Where autosave stands, announced politely to screen readers. */
export function AutosaveIndicator({ status, onRetry }: AutosaveIndicatorProps) {
  const { t, i18n } = useTranslation('evaluations');
  return (
    <Group gap={6} aria-live="polite" role="status" wrap="nowrap">
      {status.kind === 'saving' && <Loader size={14} aria-hidden />}
      {status.kind === 'saved' && (
        <IconCheck size={16} color="var(--mantine-color-green-7)" aria-hidden />
      )}
      {(status.kind === 'error' || status.kind === 'invalid') && (
        <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden />
      )}
      <Text size="sm" c={status.kind === 'error' || status.kind === 'invalid' ? 'red' : 'dimmed'}>
        {status.kind === 'saved'
          ? t('autosave.saved', { time: formatTime(status.savedAt, i18n.language) })
          : status.kind === 'error'
            ? t('autosave.error', { message: status.message })
            : status.kind === 'locked'
              ? t('autosave.locked')
              : t(`autosave.${status.kind}`)}
      </Text>
      {status.kind === 'error' && (
        <Button size="compact-xs" variant="light" onClick={onRetry}>
          {t('autosave.retry')}
        </Button>
      )}
    </Group>
  );
}

/** Someone else saved the evaluation first: nothing typed is lost; reload brings their version. */
export function StaleDraftAlert({ onReload, loading }: { onReload: () => void; loading: boolean }) {
  const { t } = useTranslation('evaluations');
  return (
    <Alert color="orange" role="alert" title={t('autosave.staleTitle')}>
      <Text size="sm" mb="xs">
        {t('autosave.staleText')}
      </Text>
      <Button size="xs" variant="light" onClick={onReload} loading={loading}>
        {t('autosave.reload')}
      </Button>
    </Alert>
  );
}
