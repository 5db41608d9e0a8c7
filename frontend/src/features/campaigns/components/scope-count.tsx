import { Badge, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

import { useReferenceNames } from '@/hooks/use-reference-data';
import { errorMessage } from '@/lib/notify';

import type { CampaignScope } from '../api/schema';
import { useScopePreview } from '../api/scope-preview';

export type ScopeCountProps = {
  scope: CampaignScope;
  /** how long the filters must stay unchanged before the count is asked for */
  delayMs?: number;
};

/**
 * How many active accounts the scope selects, asked of the server once the filters have settled
 * (typing in the search box does not send a request per key); the last figure stays while the next
 * one loads.
 */
export function ScopeCount({ scope, delayMs = 400 }: ScopeCountProps) {
  const { t } = useTranslation('campaigns');
  const names = useReferenceNames();
  const [settled] = useDebouncedValue(scope, delayMs);
  const preview = useScopePreview(settled);
  const platforms = Object.entries(preview.data?.byPlatform ?? {}).filter(([, n]) => n > 0);

  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-blue-light)">
      <Stack gap={4} role="status" aria-live="polite" aria-label={t('wizard.scopeCountLabel')}>
        <Group gap="xs">
          {preview.isPending ? (
            <Loader size="xs" aria-label={t('wizard.counting')} />
          ) : (
            <Text fw={700} size="lg">
              {t('wizard.scopeCount', { count: preview.data?.count ?? 0 })}
            </Text>
          )}
          {preview.isFetching && !preview.isPending && (
            <Loader size="xs" aria-label={t('wizard.counting')} />
          )}
        </Group>
        {preview.error ? (
          <Text size="sm" c="red">
            {errorMessage(preview.error)}
          </Text>
        ) : null}
        {platforms.length > 0 && (
          <Group gap={4}>
            {platforms.map(([platform, count]) => (
              <Badge key={platform} variant="light" color="gray">
                {names.platform(platform)}: {count}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
