import {
  Badge,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Answer } from '../api/schema';

import {
  type AnswerDraft,
  belowMaximum,
  counts,
  type DraftErrors,
  draftPoints,
  effectiveValue,
} from './answer-draft';
import { CriterionInput } from './criterion-input';
import { formatNumber } from './format';

export type CriterionCardProps = {
  answer: Answer;
  draft: AnswerDraft;
  /** Messages to show per field (the browser's checks, the server's answer, submit problems). */
  errors: DraftErrors;
  editable: boolean;
  onChange: (criterionId: string, patch: Partial<AnswerDraft>) => void;
};

/** The DOM id of a criterion's card, for scrolling to it. */
export const criterionAnchor = (code: string) =>
  `criterion-${code.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** One criterion of the evaluation form: the input for its type, N/A, evidence and recommendation. */
export const CriterionCard = memo(function CriterionCard({
  answer,
  draft,
  errors,
  editable,
  onChange,
}: CriterionCardProps) {
  const { t, i18n } = useTranslation('evaluations');
  const anchor = criterionAnchor(answer.code);
  const titleId = `${anchor}-title`;
  const change = (patch: Partial<AnswerDraft>) => onChange(answer.criterionId, patch);
  const points = draftPoints(answer, draft);
  const showRecommendation = belowMaximum(answer, draft) || draft.recommendation.trim() !== '';
  const counted = counts(answer, draft);

  return (
    <Paper component="section" aria-labelledby={titleId} id={anchor} withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text id={titleId} fw={600}>
              {answer.title}
            </Text>
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {answer.code} ·{' '}
                {t('card.weight', { weight: formatNumber(answer.weight, i18n.language) })}
              </Text>
              <Badge size="xs" variant="outline" color={answer.normative ? 'red' : 'gray'}>
                {answer.normative ? t('card.normative') : t('card.recommended')}
              </Badge>
            </Group>
          </Stack>
          <Badge
            variant="light"
            color={
              !counted
                ? 'gray'
                : points === null
                  ? 'yellow'
                  : points >= answer.maxPoints
                    ? 'green'
                    : 'orange'
            }
            style={{ flexShrink: 0 }}
          >
            {!counted
              ? t('card.notApplicableShort')
              : t('card.points', {
                  points: points === null ? '—' : formatNumber(points, i18n.language),
                  max: formatNumber(answer.maxPoints, i18n.language),
                })}
          </Badge>
        </Group>
        {answer.guidance && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {answer.guidance}
          </Text>
        )}
        {!answer.applicable ? (
          <Text size="sm" c="dimmed">
            {t('card.notApplicableByRule')}
          </Text>
        ) : (
          <>
            <CriterionInput
              id={`${anchor}-value`}
              answer={answer}
              value={effectiveValue(answer, draft)}
              onChange={(value) => change({ value })}
              disabled={!editable || draft.notApplicable}
              error={errors.value}
            />
            {answer.type !== 'DERIVED' && (
              <Checkbox
                label={t('card.notApplicable')}
                checked={draft.notApplicable}
                disabled={!editable}
                onChange={(event) => change({ notApplicable: event.currentTarget.checked })}
                error={errors.notApplicable}
              />
            )}
            {draft.notApplicable && (
              <TextInput
                label={t('card.naReason')}
                required
                value={draft.naReason}
                readOnly={!editable}
                onChange={(event) => change({ naReason: event.currentTarget.value })}
                error={errors.naReason}
              />
            )}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={t('card.evidenceUrl')}
                type="url"
                placeholder="https://"
                value={draft.evidenceUrl}
                readOnly={!editable}
                onChange={(event) => change({ evidenceUrl: event.currentTarget.value })}
                error={errors.evidenceUrl}
              />
              <TextInput
                label={t('card.evidenceNote')}
                value={draft.evidenceNote}
                readOnly={!editable}
                onChange={(event) => change({ evidenceNote: event.currentTarget.value })}
                error={errors.evidenceNote}
              />
            </SimpleGrid>
            {showRecommendation && (
              <Textarea
                label={t('card.recommendation')}
                description={t('card.recommendationHint')}
                autosize
                minRows={2}
                maxRows={8}
                value={draft.recommendation}
                readOnly={!editable}
                onChange={(event) => change({ recommendation: event.currentTarget.value })}
                error={errors.recommendation}
              />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
});
