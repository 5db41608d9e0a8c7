import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Answer } from '../api/schema';

import { formatNumber } from './format';
import { groupLabel, valueText } from './value-text';

/** Criteria in position order, grouped by their group in the order groups first appear. */
export function groupAnswers(answers: Answer[]): [string, Answer[]][] {
  const groups = new Map<string, Answer[]>();
  for (const answer of [...answers].sort((a, b) => a.position - b.position)) {
    groups.set(answer.group, [...(groups.get(answer.group) ?? []), answer]);
  }
  return [...groups.entries()];
}

export type CriteriaViewProps = {
  answers: Answer[];
  /** Something to offer per criterion (e.g. "object"), shown in a last column. */
  action?: (answer: Answer) => ReactNode;
  actionLabel?: string;
};

/** A read-only evaluation: per group, each criterion's value, points, evidence and recommendation. */
export function CriteriaView({ answers, action, actionLabel }: CriteriaViewProps) {
  const { t, i18n } = useTranslation('evaluations');
  return (
    <Stack gap="lg">
      {groupAnswers(answers).map(([group, items]) => (
        <Stack key={group} gap="xs">
          <Title order={3}>{groupLabel(t, group)}</Title>
          <Table.ScrollContainer minWidth={800}>
            <Table aria-label={groupLabel(t, group)} verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="28%">{t('view.criterion')}</Table.Th>
                  <Table.Th>{t('view.value')}</Table.Th>
                  <Table.Th>{t('view.points')}</Table.Th>
                  <Table.Th>{t('view.evidence')}</Table.Th>
                  <Table.Th w="30%">{t('view.recommendation')}</Table.Th>
                  {action && <Table.Th>{actionLabel}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((answer) => (
                  <Table.Tr key={answer.criterionId}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {answer.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {answer.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {answer.notApplicable || !answer.applicable ? (
                        <Text size="sm" c="dimmed">
                          {t('card.notApplicableShort')}
                          {answer.naReason ? `: ${answer.naReason}` : ''}
                        </Text>
                      ) : (
                        valueText(t, answer, answer.value, i18n.language)
                      )}
                    </Table.Td>
                    <Table.Td>
                      {answer.notApplicable || !answer.applicable
                        ? '—'
                        : t('card.points', {
                            points: formatNumber(answer.points, i18n.language),
                            max: formatNumber(answer.maxPoints, i18n.language),
                          })}
                    </Table.Td>
                    <Table.Td>
                      {answer.evidenceUrl && (
                        <Anchor
                          size="sm"
                          href={answer.evidenceUrl}
                          target="_blank"
                          rel="noopener noreferrer"
                        >
                          {t('view.evidenceLink')}
                        </Anchor>
                      )}
                      {answer.evidenceNote && <Text size="xs">{answer.evidenceNote}</Text>}
                      {!answer.evidenceUrl && !answer.evidenceNote && '—'}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                        {answer.recommendation ?? '—'}
                      </Text>
                    </Table.Td>
                    {action && <Table.Td>{action(answer)}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ))}
    </Stack>
  );
}
