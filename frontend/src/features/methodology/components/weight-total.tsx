import { Alert, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '@/lib/format';

import { weightsComplete } from './weights';

export type WeightTotalProps = { total: number };

/** The live sum of the weights, with a warning while it is not 100 (the set cannot be approved then). */
export function WeightTotal({ total }: WeightTotalProps) {
  const { t, i18n } = useTranslation('methodology');
  const complete = weightsComplete(total);
  const formatted = formatNumber(total, i18n.language, 3);
  return (
    <Alert
      color={complete ? 'green' : 'orange'}
      variant="light"
      role="status"
      aria-live="polite"
      title={t('editor.weightTotal', { total: formatted })}
    >
      <Group gap="sm" wrap="nowrap">
        <Progress
          value={Math.min(100, total)}
          color={complete ? 'green' : total > 100 ? 'red' : 'orange'}
          w={200}
          aria-hidden
        />
        <Text size="sm">
          {complete
            ? t('editor.weightComplete')
            : t(total > 100 ? 'editor.weightOver' : 'editor.weightUnder', {
                difference: formatNumber(Math.abs(100 - total), i18n.language, 3),
              })}
        </Text>
      </Group>
    </Alert>
  );
}
