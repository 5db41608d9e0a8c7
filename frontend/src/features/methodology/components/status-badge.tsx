import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { CriteriaSetStatus } from '../api/schema';

const COLORS: Record<CriteriaSetStatus, string> = {
  DRAFT: 'yellow',
  APPROVED: 'green',
  RETIRED: 'gray',
};

export function CriteriaSetStatusBadge({ status }: { status: CriteriaSetStatus }) {
  const { t } = useTranslation('methodology');
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}
