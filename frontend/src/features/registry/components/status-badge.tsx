import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { RecordStatus } from '../api/get-reference';

export function StatusBadge({ status }: { status: RecordStatus }) {
  const { t } = useTranslation('registry');
  return (
    <Badge color={status === 'ACTIVE' ? 'green' : 'gray'} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}
