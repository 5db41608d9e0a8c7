import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { notifyError } from '@/lib/notify';

import { type ExportFormat, type RegistryEntity, useExportList } from '../api/export-list';

export type ExportButtonsProps = {
  entity: RegistryEntity;
  filters: Record<string, string | number | boolean | undefined>;
};

export function ExportButtons({ entity, filters }: ExportButtonsProps) {
  const { t } = useTranslation('registry');
  const exportList = useExportList(entity);
  const run = (format: ExportFormat) =>
    exportList.mutate({ format, filters }, { onError: (error) => notifyError(error) });
  return (
    <Group gap="xs">
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          variant="default"
          size="sm"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={exportList.isPending && exportList.variables?.format === format}
          onClick={() => run(format)}
        >
          {t(`export.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
