import { Anchor, Box, Stack, Text, rem } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useId, useState } from 'react';
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

/** How tall a summary shows before it folds: about four lines. */
const FOLDED_HEIGHT = 66;

/**
 * The before/after summary of an audit entry, folded when long. A disclosure of its own rather than Mantine's
 * Spoiler, whose content is an unnamed `region`: one landmark per table row means as many landmarks as entries,
 * each named alike (axe: landmark-unique), and nothing a screen-reader user would navigate to.
 */
export function AuditSummary({ summary }: { summary: unknown }) {
  const { t } = useTranslation('audit');
  const id = useId();
  const [open, setOpen] = useState(false);
  const { ref, height } = useElementSize();
  const lines = summaryLines(summary);
  if (lines.length === 0) return null;
  return (
    <Box>
      <Box id={id} style={{ maxHeight: open ? undefined : rem(FOLDED_HEIGHT), overflow: 'hidden' }}>
        <Stack ref={ref} gap={0}>
          {lines.map((line) => (
            <Text key={line} size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {line}
            </Text>
          ))}
        </Stack>
      </Box>
      {height > FOLDED_HEIGHT && (
        <Anchor
          component="button"
          type="button"
          size="xs"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? t('less') : t('more')}
        </Anchor>
      )}
    </Box>
  );
}
