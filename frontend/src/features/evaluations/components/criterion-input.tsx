import { Group, List, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Answer } from '../api/schema';

import { formatNumber } from './format';
import { pointsFor, thresholdHit } from './scoring';
import { measured, unitLabel } from './value-text';

export type CriterionInputProps = {
  answer: Answer;
  /** The value that is shown: what the expert chose, or the server's figure for a derived criterion. */
  value: number | null;
  onChange: (value: number | null) => void;
  disabled?: boolean;
  error?: string;
  id: string;
};

/** An input that fits the criterion's type: yes/no, a scale of named levels, a measured number, or a figure. */
export function CriterionInput({
  answer,
  value,
  onChange,
  disabled,
  error,
  id,
}: CriterionInputProps) {
  const { t, i18n } = useTranslation('evaluations');
  const label = t('input.value');
  switch (answer.type) {
    case 'BOOLEAN':
      return (
        <Radio.Group
          id={id}
          label={label}
          value={value === null ? null : String(value)}
          onChange={(next) => onChange(Number(next))}
          error={error}
          readOnly={disabled}
        >
          <Group mt={4}>
            <Radio value="1" label={t('input.yes')} disabled={disabled} />
            <Radio value="0" label={t('input.no')} disabled={disabled} />
          </Group>
        </Radio.Group>
      );
    case 'SCALE':
      return (
        <Radio.Group
          id={id}
          label={label}
          value={value === null ? null : String(value)}
          onChange={(next) => onChange(Number(next))}
          error={error}
          readOnly={disabled}
        >
          <Stack gap={6} mt={4}>
            {answer.levels.map((level) => (
              <Radio
                key={level.value}
                value={String(level.value)}
                disabled={disabled}
                label={t('input.level', {
                  label: level.label,
                  points: formatNumber(level.points, i18n.language),
                })}
              />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'NUMERIC':
      return (
        <Stack gap={4}>
          <NumberInput
            id={id}
            label={unitLabel(t, answer.unit) ? `${label}, ${unitLabel(t, answer.unit)}` : label}
            value={value ?? ''}
            onChange={(next) =>
              onChange(typeof next === 'number' ? next : next === '' ? null : Number(next))
            }
            min={0}
            decimalScale={3}
            allowNegative={false}
            disabled={disabled}
            error={error}
            description={<HitText answer={answer} value={value} />}
            w={{ base: '100%', sm: 360 }}
          />
          <Thresholds answer={answer} value={value} />
        </Stack>
      );
    case 'DERIVED':
      return (
        <Stack gap={2} id={id}>
          <Text size="sm" fw={500}>
            {t('input.derived')}
          </Text>
          <DerivedFigure answer={answer} />
          <Text size="xs" c="dimmed">
            <HitText answer={answer} value={answer.value} />
          </Text>
          <Thresholds answer={answer} value={answer.value} />
          {error && (
            <Text size="sm" c="red">
              {error}
            </Text>
          )}
        </Stack>
      );
  }
}

function DerivedFigure({ answer }: { answer: Answer }) {
  const { t, i18n } = useTranslation('evaluations');
  if (answer.value === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('input.derivedNone')}
      </Text>
    );
  }
  return (
    <Text size="sm">
      {t(`metrics.${answer.metric ?? 'MEDIAN_ANSWER_HOURS'}`)}:{' '}
      <Text span fw={600}>
        {measured(t, answer.value, answer.unit, i18n.language)}
      </Text>
    </Text>
  );
}

/** Which threshold the value hits and the points it earns: "≤ 24 ч → 1 из 2 баллов". */
export function HitText({ answer, value }: { answer: Answer; value: number | null }) {
  const { t, i18n } = useTranslation('evaluations');
  const points = pointsFor(answer, value);
  if (value === null || points === null) return null;
  const hit = thresholdHit(answer, value);
  const sign = answer.direction === 'HIGHER_IS_BETTER' ? '≥' : '≤';
  return hit
    ? t('input.hit', {
        sign,
        bound: measured(t, hit.bound, answer.unit, i18n.language),
        points: formatNumber(points, i18n.language),
        max: formatNumber(answer.maxPoints, i18n.language),
      })
    : t('input.noHit', { max: formatNumber(answer.maxPoints, i18n.language) });
}

/** The thresholds of a measured criterion, the one the value hits in bold. */
export function Thresholds({ answer, value }: { answer: Answer; value: number | null }) {
  const { t, i18n } = useTranslation('evaluations');
  const sign = answer.direction === 'HIGHER_IS_BETTER' ? '≥' : '≤';
  const hit = value !== null && value >= 0 ? thresholdHit(answer, value) : null;
  return (
    <List size="xs" aria-label={t('input.thresholds')}>
      {answer.thresholds.map((threshold) => (
        <List.Item
          key={`${threshold.bound}-${threshold.points}`}
          fw={hit === threshold ? 700 : undefined}
        >
          {t('input.threshold', {
            sign,
            bound: measured(t, threshold.bound, answer.unit, i18n.language),
            points: formatNumber(threshold.points, i18n.language),
          })}
        </List.Item>
      ))}
      <List.Item fw={value !== null && value >= 0 && !hit ? 700 : undefined}>
        {t('input.otherwise')}
      </List.Item>
    </List>
  );
}
