import { Code, Spoiler } from '@mantine/core';
import { useTranslation } from 'react-i18next';

function format(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 1);
}

/** The before/after summary of an audit entry, folded when long. */
export function AuditSummary({ summary }: { summary: unknown }) {
  const { t } = useTranslation('audit');
  const text = format(summary);
  if (!text) return null;
  return (
    <Spoiler maxHeight={72} showLabel={t('more')} hideLabel={t('less')}>
      <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Code>
    </Spoiler>
  );
}
