import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { EvaluationStatus, ObjectionStatus } from '../api/schema';

const EVALUATION_COLORS: Record<EvaluationStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  APPROVED: 'teal',
  PUBLISHED: 'green',
};

const OBJECTION_COLORS: Record<ObjectionStatus, string> = {
  OPEN: 'blue',
  ACCEPTED: 'green',
  REJECTED: 'gray',
};

export function EvaluationStatusBadge({ status }: { status: EvaluationStatus }) {
  const { t } = useTranslation('evaluations');
  return (
    <Badge color={EVALUATION_COLORS[status] ?? 'gray'} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}

export function ObjectionStatusBadge({ status }: { status: ObjectionStatus }) {
  const { t } = useTranslation('evaluations');
  return (
    <Badge color={OBJECTION_COLORS[status] ?? 'gray'} variant="light">
      {t(`objectionStatus.${status}`)}
    </Badge>
  );
}
