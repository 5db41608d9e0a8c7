import { Alert, Button, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';

import { useEvaluation } from '../api/get-evaluation';
import { useEvaluationObjections } from '../api/objections';
import type { Answer, Evaluation } from '../api/schema';

import { CriteriaView } from './criteria-view';
import { Figure } from './figure';
import { formatDateTime, formatIndex } from './format';
import { ObjectionForm } from './objection-form';
import { ObjectionItem } from './objection-item';
import { EvaluationStatusBadge } from './status-badge';

/** Whether the organization may object now: right-of-reply stage, window open, the primary evaluation. */
export function replyOpen(evaluation: Evaluation, now = new Date()) {
  const closes = evaluation.campaign.replyClosesAt;
  return (
    evaluation.campaign.stage === 'REPLY' &&
    evaluation.role === 'PRIMARY' &&
    closes !== null &&
    new Date(closes) > now
  );
}

/** The organization's view of its evaluation: read-only criteria, the reply window, objections. */
export function PreliminaryEvaluation({ id }: { id: string }) {
  const { t, i18n } = useTranslation('evaluations');
  const evaluation = useEvaluation(id);
  const objections = useEvaluationObjections(id);
  const [objecting, setObjecting] = useState<Answer | null>(null);
  const data = evaluation.data;
  const open = data ? replyOpen(data) : false;
  const objectionCount = (criterionId: string) =>
    (objections.data ?? []).filter((o) => o.criterion.id === criterionId).length;

  return (
    <DataState
      isLoading={evaluation.isPending}
      error={evaluation.error}
      isEmpty={false}
      onRetry={() => void evaluation.refetch()}
    >
      {data && (
        <Stack>
          <PageHeader
            title={t('preliminary.title', { account: data.account.displayName })}
            actions={<EvaluationStatusBadge status={data.status} />}
          />
          <Text size="sm" mt={-8}>
            {data.campaign.title} ({data.campaign.period}) · {data.organization.name}
          </Text>
          {open ? (
            <Alert color="blue" title={t('preliminary.windowOpen')}>
              {t('preliminary.windowCloses', {
                at: formatDateTime(data.campaign.replyClosesAt, i18n.language),
              })}
            </Alert>
          ) : (
            <Alert color="gray">
              {data.campaign.stage === 'REPLY'
                ? t('preliminary.windowClosed', {
                    at: formatDateTime(data.campaign.replyClosesAt, i18n.language),
                  })
                : t('preliminary.noWindow')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Figure
              label={t('preliminary.initialIndex')}
              value={formatIndex(data.initialIndex, i18n.language)}
            />
            <Figure
              label={t('preliminary.currentIndex')}
              value={formatIndex(data.index, i18n.language)}
            />
            <Figure
              label={t('preliminary.finalIndex')}
              value={formatIndex(data.finalIndex, i18n.language)}
            />
          </SimpleGrid>
          <CriteriaView
            answers={data.answers}
            actionLabel={t('preliminary.actions')}
            action={(answer) =>
              open && answer.applicable ? (
                <Stack gap={4} align="flex-start">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setObjecting(answer)}
                    aria-label={t('preliminary.objectTo', { title: answer.title })}
                  >
                    {t('preliminary.object')}
                  </Button>
                  {objectionCount(answer.criterionId) > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('preliminary.objectionCount', {
                        count: objectionCount(answer.criterionId),
                      })}
                    </Text>
                  )}
                </Stack>
              ) : null
            }
          />
          <Title order={3}>{t('preliminary.objections')}</Title>
          <DataState
            isLoading={objections.isPending}
            error={objections.error}
            isEmpty={(objections.data ?? []).length === 0}
            emptyText={t('preliminary.noObjections')}
            onRetry={() => void objections.refetch()}
          >
            <Stack>
              {(objections.data ?? []).map((objection) => (
                <ObjectionItem key={objection.id} objection={objection} />
              ))}
            </Stack>
          </DataState>
          <Modal
            opened={objecting !== null}
            onClose={() => setObjecting(null)}
            title={t('objectionForm.title')}
            size="lg"
          >
            {objecting && (
              <ObjectionForm
                evaluationId={id}
                answer={objecting}
                onDone={() => setObjecting(null)}
              />
            )}
          </Modal>
        </Stack>
      )}
    </DataState>
  );
}
