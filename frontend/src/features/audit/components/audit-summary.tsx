import { Spoiler, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Values = Record<string, unknown>;

function isValues(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One line per changed field: `field: before → after`, or `field: value` for a new record. */
export function summaryLines(summary: unknown): string[] {
  if (!isValues(summary)) return summary ? [show(summary)] : [];
  const before = isValues(summary.before) ? summary.before : null;
  const after = isValues(summary.after) ? summary.after : null;
  if (!before && !after)
    return Object.entries(summary).map(([key, value]) => `${key}: ${show(value)}`);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .filter((key) => key !== 'version' && show(before?.[key]) !== show(after?.[key]))
    .map((key) =>
      before && after
        ? `${key}: ${show(before[key])} → ${show(after[key])}`
        : `${key}: ${show((after ?? before)?.[key])}`,
    );
}

/** The before/after summary of an audit entry, folded when long. */
export function AuditSummary({ summary }: { summary: unknown }) {
  const { t } = useTranslation('audit');
  const lines = summaryLines(summary);
  if (lines.length === 0) return null;
  return (
    <Spoiler maxHeight={66} showLabel={t('more')} hideLabel={t('less')}>
      <Stack gap={0}>
        {lines.map((line) => (
          <Text key={line} size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {line}
          </Text>
        ))}
      </Stack>
    </Spoiler>
  );
}
