import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Evaluation } from '../api/schema';

import { answerValue, pointsText } from './answer-value';

/** A read-only evaluation: per criterion the value, points, evidence and recommendation. */
export function EvaluationAnswers({ evaluation }: { evaluation: Evaluation }) {
  const { t, i18n } = useTranslation('campaigns');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped aria-label={t('review.answers')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('review.criterion')}</Table.Th>
            <Table.Th>{t('review.value')}</Table.Th>
            <Table.Th>{t('review.points')}</Table.Th>
            <Table.Th>{t('review.evidence')}</Table.Th>
            <Table.Th>{t('review.recommendation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {evaluation.answers.map((answer) => {
            const belowMax =
              !answer.notApplicable &&
              answer.points !== null &&
              Number(answer.points) < Number(answer.maxPoints);
            return (
              <Table.Tr key={answer.criterionId}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" fw={500}>
                      {answer.title}
                    </Text>
                    <Text size="xs" ff="monospace" c="dimmed">
                      {answer.code}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {answer.applicable ? (
                    answerValue(answer, t, i18n.language)
                  ) : (
                    <Badge variant="light" color="gray">
                      {t('review.notApplicableRule')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td c={belowMax ? 'orange' : undefined}>
                  {pointsText(answer, i18n.language)}
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {answer.evidenceUrl && (
                      <Anchor
                        href={answer.evidenceUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        size="sm"
                      >
                        {t('review.evidenceLink')}
                      </Anchor>
                    )}
                    {answer.evidenceNote && <Text size="xs">{answer.evidenceNote}</Text>}
                    {!answer.evidenceUrl && !answer.evidenceNote && '—'}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" style={{ whiteSpace: 'pre-line' }}>
                    {answer.recommendation || '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
