import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Stage } from '../api/schema';

const COLORS: Record<Stage, string> = {
  PREPARATION: 'gray',
  EVALUATION: 'blue',
  REVIEW: 'violet',
  REPLY: 'orange',
  FINAL: 'teal',
  PUBLISHED: 'green',
};

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation('campaigns');
  return (
    <Badge color={COLORS[stage]} variant="light">
      {t(`stages.${stage}`)}
    </Badge>
  );
}
