import { Button } from '@mantine/core';
import { IconArchive, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { notifyError, notifySuccess } from '@/lib/notify';

import type { ArchiveAction } from '../api/archive-organization';
import type { RecordStatus } from '../api/get-reference';

export type ArchiveButtonProps = {
  status: RecordStatus;
  version: number;
  pending: boolean;
  run: (
    input: { action: ArchiveAction; version: number },
    options: { onSuccess: () => void; onError: (error: unknown) => void },
  ) => void;
};

/** Archive (never delete) or restore a registry record. */
export function ArchiveButton({ status, version, pending, run }: ArchiveButtonProps) {
  const { t } = useTranslation('registry');
  const action: ArchiveAction = status === 'ACTIVE' ? 'archive' : 'restore';
  return (
    <Button
      variant="light"
      color={action === 'archive' ? 'gray' : 'green'}
      leftSection={
        action === 'archive' ? (
          <IconArchive size={16} aria-hidden />
        ) : (
          <IconRestore size={16} aria-hidden />
        )
      }
      loading={pending}
      onClick={() =>
        run(
          { action, version },
          {
            onSuccess: () => notifySuccess(t(`card.${action}d`)),
            onError: (error) => notifyError(error),
          },
        )
      }
    >
      {t(`card.${action}`)}
    </Button>
  );
}
