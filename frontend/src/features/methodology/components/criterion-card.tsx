import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useReferenceNames } from '@/hooks/use-reference-data';

import type { Criterion } from '../api/schema';

import { CriterionScale } from './criterion-scale';

export type CriterionCardProps = { criterion: Criterion; actions?: ReactNode };

function Section({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

/** Everything a reader needs about one criterion: what to check, how to fix, how it scores, where it applies. */
export function CriterionCard({ criterion, actions }: CriterionCardProps) {
  const { t, i18n } = useTranslation('methodology');
  const names = useReferenceNames();
  const number = (value: number) =>
    Number(value).toLocaleString(i18n.language, { maximumFractionDigits: 3 });
  const applicability = [
    ...criterion.platforms.map(names.platform),
    ...criterion.sectors.map(names.sector),
    ...criterion.organizationKinds.map(names.kind),
  ];

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`criterion-${criterion.code}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={4} id={`criterion-${criterion.code}`}>
              {criterion.title}
            </Title>
            <Group gap="xs">
              <Text size="xs" ff="monospace" c="dimmed">
                {criterion.code}
              </Text>
              <Badge variant="light" color={criterion.normative ? 'red' : 'gray'}>
                {t(criterion.normative ? 'criterion.normative' : 'criterion.recommended')}
              </Badge>
              <Badge variant="outline">{t(`types.${criterion.type}`)}</Badge>
            </Group>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Stack gap={0} align="flex-end">
              <Text fw={700} size="lg">
                {number(criterion.weight)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('criterion.weight')}
              </Text>
            </Stack>
            {actions}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Section label={t('criterion.guidance')}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {criterion.guidance || '—'}
            </Text>
          </Section>
          <Section label={t('criterion.recommendation')}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {criterion.recommendation || '—'}
            </Text>
          </Section>
          <Section label={t('criterion.scale', { max: number(criterion.maxPoints) })}>
            <CriterionScale criterion={criterion} />
          </Section>
          <Section label={t('criterion.applicability')}>
            {applicability.length === 0 ? (
              <Text size="sm">{t('criterion.appliesToAll')}</Text>
            ) : (
              <Group gap={4}>
                {applicability.map((name) => (
                  <Badge key={name} variant="dot" color="blue">
                    {name}
                  </Badge>
                ))}
              </Group>
            )}
          </Section>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
