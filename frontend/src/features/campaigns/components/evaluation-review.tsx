import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { DetailList } from '@/components/ui/detail-list';
import { formatDateTime, formatIndex } from '@/lib/format';
import { errorMessage, notifySuccess } from '@/lib/notify';
import { ApiError, fieldErrors } from '@/lib/problem';

import {
  useApproveEvaluation,
  useEvaluation,
  useEvaluationPair,
  useReconcileEvaluation,
  useReturnEvaluation,
} from '../api/review';

import { EvaluationAnswers } from './evaluation-answers';
import { PairComparison } from './pair-comparison';

export type EvaluationReviewProps = { id: string; onDone: () => void };

/**
 * One submitted evaluation as the coordinator reviews it: approve, or return with a comment the expert
 * will see. When the account was evaluated twice, both evaluations are compared and reconciled instead.
 */
export function EvaluationReview({ id, onDone }: EvaluationReviewProps) {
  const { t, i18n } = useTranslation('campaigns');
  const evaluation = useEvaluation(id);
  const pair = useEvaluationPair(id, !!evaluation.data);
  const approve = useApproveEvaluation();
  const giveBack = useReturnEvaluation();
  const reconcile = useReconcileEvaluation();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const data = evaluation.data;
  const second = pair.data?.second ?? null;
  const isDouble = !!pair.data && second !== null;
  const actionError = approve.error ?? giveBack.error;

  const onReturn = () => {
    if (!data) return;
    if (!comment.trim()) return setCommentError(t('validation.required'));
    setCommentError(null);
    giveBack.mutate(
      { id: data.id, version: data.version, comment: comment.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('review.returned'));
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError && fieldErrors(error.problem).comment) {
            setCommentError(fieldErrors(error.problem).comment);
          }
        },
      },
    );
  };

  return (
    <DataState
      isLoading={evaluation.isPending}
      error={evaluation.error}
      isEmpty={false}
      onRetry={() => void evaluation.refetch()}
    >
      {data && (
        <Stack>
          <Paper withBorder p="md">
            <Stack>
              <Title order={3}>
                <Anchor href={data.account.url} target="_blank" rel="noopener noreferrer" inherit>
                  {data.account.displayName}
                </Anchor>
              </Title>
              <DetailList
                items={[
                  { label: t('assignments.organization'), value: data.organization.name },
                  { label: t('assignments.municipality'), value: data.municipality.name },
                  { label: t('assignments.expert'), value: data.expert?.fullName },
                  { label: t('assignments.role'), value: t(`roles.${data.role}`) },
                  { label: t('assignments.status'), value: t(`statuses.${data.status}`) },
                  { label: t('assignments.index'), value: formatIndex(data.index, i18n.language) },
                  {
                    label: t('review.completeness'),
                    value: t('review.completenessText', {
                      filled: data.completeness.filled,
                      applicable: data.completeness.applicable,
                    }),
                  },
                  {
                    label: t('review.submittedAt'),
                    value: data.submittedAt
                      ? formatDateTime(data.submittedAt, i18n.language)
                      : null,
                  },
                ]}
              />
              {data.reviewComment && (
                <Alert color="gray" title={t('review.previousComment')}>
                  {data.reviewComment}
                </Alert>
              )}
            </Stack>
          </Paper>

          {isDouble && pair.data && second ? (
            <Paper withBorder p="md">
              <Title order={4} mb="sm">
                {t('pair.title')}
              </Title>
              <PairComparison
                pair={{ ...pair.data, second }}
                pending={reconcile.isPending}
                error={reconcile.error}
                onReconcile={({ comment: reason, answers }) =>
                  reconcile.mutate(
                    {
                      id: pair.data.primary.id,
                      version: pair.data.primary.version,
                      comment: reason,
                      answers,
                    },
                    {
                      onSuccess: () => {
                        notifySuccess(t('pair.reconciled'));
                        onDone();
                      },
                    },
                  )
                }
              />
            </Paper>
          ) : (
            <Paper withBorder p="md">
              <EvaluationAnswers evaluation={data} />
            </Paper>
          )}

          {data.status === 'SUBMITTED' && (
            <Paper withBorder p="md">
              <Stack>
                {actionError ? (
                  <Alert color="red" role="alert" title={t('review.actionFailed')}>
                    {errorMessage(actionError)}
                  </Alert>
                ) : null}
                <Textarea
                  label={t('review.comment')}
                  description={t('review.commentHint')}
                  rows={3}
                  value={comment}
                  onChange={(event) => setComment(event.currentTarget.value)}
                  error={commentError}
                />
                <Group>
                  <Button
                    color="green"
                    loading={approve.isPending}
                    onClick={() =>
                      approve.mutate(
                        { id: data.id, version: data.version },
                        {
                          onSuccess: () => {
                            notifySuccess(t('review.approved'));
                            onDone();
                          },
                        },
                      )
                    }
                  >
                    {t('review.approve')}
                  </Button>
                  <Button
                    color="orange"
                    variant="light"
                    loading={giveBack.isPending}
                    onClick={onReturn}
                  >
                    {t('review.return')}
                  </Button>
                  {isDouble && (
                    <Text size="sm" c="dimmed">
                      {t('review.doubleHint')}
                    </Text>
                  )}
                </Group>
              </Stack>
            </Paper>
          )}
        </Stack>
      )}
    </DataState>
  );
}
