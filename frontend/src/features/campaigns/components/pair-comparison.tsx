import { Alert, Badge, Button, Group, Radio, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '@/lib/notify';

import type { Answer, EvaluationPair, ReconcileAnswer } from '../api/schema';

import { answerValue, pointsText } from './answer-value';

type Side = 'primary' | 'second';

export type PairComparisonProps = {
  pair: EvaluationPair & { second: NonNullable<EvaluationPair['second']> };
  pending: boolean;
  error: unknown;
  onReconcile: (input: { comment: string; answers: ReconcileAnswer[] }) => void;
};

function toReconcile(answer: Answer): ReconcileAnswer {
  return {
    criterionId: answer.criterionId,
    value: answer.value ?? undefined,
    notApplicable: answer.notApplicable,
    naReason: answer.naReason ?? undefined,
  };
}

/**
 * The two blind evaluations of one account side by side, the criteria they disagree on highlighted.
 * For each difference the coordinator keeps the first expert's answer or takes the second's; the
 * result is written to the primary evaluation, which is approved with it.
 */
export function PairComparison({ pair, pending, error, onReconcile }: PairComparisonProps) {
  const { t, i18n } = useTranslation('campaigns');
  const differences = new Set(pair.differences);
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const secondById = new Map(pair.second.answers.map((answer) => [answer.criterionId, answer]));
  const both = (['SUBMITTED', 'APPROVED'] as const).includes(
    pair.second.status as 'SUBMITTED' | 'APPROVED',
  );

  const submit = () => {
    if (!comment.trim()) return setCommentError(t('validation.required'));
    setCommentError(null);
    const answers = pair.primary.answers
      .filter((answer) => differences.has(answer.criterionId))
      .map((answer) => {
        const chosen =
          choices[answer.criterionId] === 'second' ? secondById.get(answer.criterionId) : answer;
        return toReconcile(chosen ?? answer);
      });
    onReconcile({ comment: comment.trim(), answers });
  };

  const expert = (side: Side) =>
    pair[side].expert?.fullName ?? t(`roles.${side === 'primary' ? 'PRIMARY' : 'SECOND'}`);

  return (
    <Stack>
      <Group gap="sm">
        <Badge color={differences.size > 0 ? 'orange' : 'green'} variant="light">
          {t('pair.differences', { count: differences.size })}
        </Badge>
        <Text size="sm">
          {t('pair.indexes', {
            first: pair.primary.index ?? '—',
            second: pair.second.index ?? '—',
          })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table aria-label={t('pair.table')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('review.criterion')}</Table.Th>
              <Table.Th>{t('pair.first', { name: expert('primary') })}</Table.Th>
              <Table.Th>{t('pair.second', { name: expert('second') })}</Table.Th>
              <Table.Th>{t('pair.choice')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pair.primary.answers.map((first) => {
              const second = secondById.get(first.criterionId);
              const differs = differences.has(first.criterionId);
              return (
                <Table.Tr
                  key={first.criterionId}
                  bg={differs ? 'var(--mantine-color-yellow-light)' : undefined}
                  data-difference={differs || undefined}
                >
                  <Table.Td>
                    <Text size="sm" fw={differs ? 700 : 400}>
                      {first.title}
                    </Text>
                    <Group gap={4}>
                      <Text size="xs" ff="monospace" c="dimmed">
                        {first.code}
                      </Text>
                      {differs && (
                        <Badge size="xs" color="orange">
                          {t('pair.differs')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{answerValue(first, t, i18n.language)}</Text>
                    <Text size="xs" c="dimmed">
                      {pointsText(first, i18n.language)}
                    </Text>
                    {first.evidenceUrl && (
                      <Text size="xs" c="dimmed" truncate maw={260}>
                        {first.evidenceUrl}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {second ? (
                      <>
                        <Text size="sm">{answerValue(second, t, i18n.language)}</Text>
                        <Text size="xs" c="dimmed">
                          {pointsText(second, i18n.language)}
                        </Text>
                        {second.evidenceUrl && (
                          <Text size="xs" c="dimmed" truncate maw={260}>
                            {second.evidenceUrl}
                          </Text>
                        )}
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    {differs && both && (
                      <Radio.Group
                        role="group"
                        aria-label={t('pair.choiceFor', { code: first.code })}
                        value={choices[first.criterionId] ?? 'primary'}
                        onChange={(value) =>
                          setChoices((current) => ({
                            ...current,
                            [first.criterionId]: value as Side,
                          }))
                        }
                      >
                        <Group gap="xs">
                          <Radio value="primary" label={t('pair.takeFirst')} />
                          <Radio value="second" label={t('pair.takeSecond')} />
                        </Group>
                      </Radio.Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!both ? (
        <Alert color="yellow">{t('pair.secondNotSubmitted')}</Alert>
      ) : (
        <Stack gap="xs">
          {error ? (
            <Alert color="red" role="alert" title={t('pair.notReconciled')}>
              {errorMessage(error)}
            </Alert>
          ) : null}
          <Textarea
            label={t('pair.comment')}
            description={t('pair.commentHint')}
            required
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={commentError}
          />
          <Group>
            <Button onClick={submit} loading={pending} color="green">
              {t('pair.reconcile')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
