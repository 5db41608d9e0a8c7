import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Objection } from '../api/schema';

import { formatDateTime, formatNumber } from './format';
import { ObjectionStatusBadge } from './status-badge';

export type ObjectionItemProps = {
  objection: Objection;
  /** Show the account and organization (the expert's list spans several evaluations). */
  showAccount?: boolean;
  children?: ReactNode;
};

/** One objection: what was contested and why, and how the expert resolved it. */
export function ObjectionItem({ objection, showAccount, children }: ObjectionItemProps) {
  const { t, i18n } = useTranslation('evaluations');
  const titleId = `objection-${objection.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            <Text fw={600} id={titleId}>
              {objection.criterion.title}
            </Text>
            <Text size="xs" c="dimmed">
              {objection.criterion.code}
              {showAccount &&
                ` · ${objection.account.displayName} · ${objection.organization.name}`}
            </Text>
          </Stack>
          <ObjectionStatusBadge status={objection.status} />
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {objection.comment}
        </Text>
        {objection.evidenceUrl && (
          <Anchor size="sm" href={objection.evidenceUrl} target="_blank" rel="noopener noreferrer">
            {t('objections.evidence')}
          </Anchor>
        )}
        <Text size="xs" c="dimmed">
          {t('objections.filed', {
            author: objection.authorName ?? '—',
            at: formatDateTime(objection.createdAt, i18n.language),
          })}
        </Text>
        {objection.status !== 'OPEN' && (
          <Paper bg="var(--mantine-color-gray-light)" p="sm">
            <Text size="sm" fw={500}>
              {objection.status === 'ACCEPTED'
                ? t('objections.acceptedAt', {
                    at: formatDateTime(objection.resolvedAt, i18n.language),
                  })
                : t('objections.rejectedAt', {
                    at: formatDateTime(objection.resolvedAt, i18n.language),
                  })}
            </Text>
            {objection.resolutionReason && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {objection.resolutionReason}
              </Text>
            )}
            {objection.status === 'ACCEPTED' && (
              <Text size="xs" c="dimmed">
                {t('objections.valueChange', {
                  from: formatNumber(objection.previousValue, i18n.language),
                  to: formatNumber(objection.newValue, i18n.language),
                })}
              </Text>
            )}
          </Paper>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
