import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type DetailListProps = { items: { label: string; value: ReactNode }[] };

/** Label/value pairs of a record card. Empty values show a dash. */
export function DetailList({ items }: DetailListProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl">
      {items.map((item) => (
        <Stack gap={2} key={item.label}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase">
            {item.label}
          </Text>
          <Text component="dd" m={0}>
            {item.value === null || item.value === undefined || item.value === ''
              ? '—'
              : item.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
