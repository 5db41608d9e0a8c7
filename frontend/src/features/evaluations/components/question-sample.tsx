import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { notifyError } from '@/lib/notify';

import { useDeleteQuestion, useQuestions } from '../api/questions';
import type { AnswerTimes, CitizenQuestion } from '../api/schema';

import { formatDateTime, formatNumber } from './format';
import { QuestionForm } from './question-form';

/** Median, 90th percentile, share answered within 24 h and share unanswered of a sample. */
export function AnswerTimeFigures({ figures }: { figures: AnswerTimes }) {
  const { t, i18n } = useTranslation('evaluations');
  const hours = (value: number | null) =>
    value === null ? '—' : `${formatNumber(value, i18n.language, 1)} ${t('units.HOURS')}`;
  const percent = (value: number | null) =>
    value === null ? '—' : `${formatNumber(value, i18n.language, 1)} %`;
  const items = [
    { label: t('figures.questions'), value: `${figures.questions} / ${figures.answered}` },
    { label: t('figures.median'), value: hours(figures.medianHours) },
    { label: t('figures.p90'), value: hours(figures.p90Hours) },
    { label: t('figures.within24h'), value: percent(figures.shareAnswered24h) },
    { label: t('figures.unanswered'), value: percent(figures.shareUnanswered) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} component="dl" aria-label={t('figures.label')}>
      {items.map((item) => (
        <Paper key={item.label} withBorder p="sm">
          <Text component="dt" size="xs" c="dimmed">
            {item.label}
          </Text>
          <Text component="dd" m={0} fw={600}>
            {item.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

export type QuestionSampleEditorProps = {
  evaluationId: string;
  editable: boolean;
  /** Called after a change: the derived criteria and the index have been recomputed. */
  onChanged?: () => void;
};

/** The sample of citizens' questions of an evaluation: figures, the table, add/edit/delete. */
export function QuestionSampleEditor({
  evaluationId,
  editable,
  onChanged,
}: QuestionSampleEditorProps) {
  const { t, i18n } = useTranslation('evaluations');
  const questions = useQuestions(evaluationId);
  const remove = useDeleteQuestion(evaluationId, onChanged);
  const [editing, setEditing] = useState<CitizenQuestion | 'new' | null>(null);
  const items = questions.data?.items ?? [];

  const onDelete = (question: CitizenQuestion) => {
    if (!window.confirm(t('questions.confirmDelete'))) return;
    remove.mutate(question.id, { onError: (error) => notifyError(error) });
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('questions.intro')}
      </Text>
      {questions.data && <AnswerTimeFigures figures={questions.data.answerTimes} />}
      {editable && (
        <Group>
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing('new')}
          >
            {t('questions.add')}
          </Button>
        </Group>
      )}
      <DataState
        isLoading={questions.isPending}
        error={questions.error}
        isEmpty={items.length === 0}
        emptyText={t('questions.empty')}
        onRetry={() => void questions.refetch()}
      >
        <Table.ScrollContainer minWidth={720}>
          <Table striped aria-label={t('questions.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('questions.link')}</Table.Th>
                <Table.Th>{t('questions.askedAt')}</Table.Th>
                <Table.Th>{t('questions.answeredAt')}</Table.Th>
                <Table.Th>{t('questions.hours')}</Table.Th>
                <Table.Th>{t('questions.quality')}</Table.Th>
                {editable && <Table.Th>{t('questions.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((question, row) => (
                <Table.Tr key={question.id}>
                  <Table.Td>
                    <Anchor href={question.url} target="_blank" rel="noopener noreferrer" size="sm">
                      {t('questions.open', { n: row + 1 })}
                    </Anchor>
                    {question.note && (
                      <Text size="xs" c="dimmed">
                        {question.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDateTime(question.askedAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    {question.answeredAt
                      ? formatDateTime(question.answeredAt, i18n.language)
                      : t('questions.unanswered')}
                  </Table.Td>
                  <Table.Td>{formatNumber(question.hoursToAnswer, i18n.language, 1)}</Table.Td>
                  <Table.Td>
                    {question.quality === null ? '—' : t(`quality.${question.quality}`)}
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('questions.edit', { n: row + 1 })}
                          onClick={() => setEditing(question)}
                        >
                          <IconEdit size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('questions.delete', { n: row + 1 })}
                          onClick={() => onDelete(question)}
                          loading={remove.isPending && remove.variables === question.id}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </DataState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('questions.addTitle') : t('questions.editTitle')}
        size="lg"
      >
        {editing !== null && (
          <QuestionForm
            evaluationId={evaluationId}
            question={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
            onChanged={onChanged}
          />
        )}
      </Modal>
    </Stack>
  );
}
