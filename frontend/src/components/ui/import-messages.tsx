import { List, Text } from '@mantine/core';

import type { ApiResponse, Complete } from '@/lib/api-types';

/** A row of an import report (the registry's and the enrolment import share its shape). */
type ImportRow = Complete<ApiResponse<'/api/v1/accounts/import', 'post'>>['rows'][number];

/** The badge colour of an import row's outcome. */
export const OUTCOME_COLORS: Record<ImportRow['outcome'], string> = {
  CREATED: 'green',
  UPDATED: 'blue',
  UNCHANGED: 'gray',
  ERROR: 'red',
};

/** An import row's errors or warnings, each with the file's own column header when it has one. */
export function CellMessages({ items }: { items: ImportRow['errors'] }) {
  return (
    <List size="sm" spacing={2}>
      {items.map((item, index) => (
        <List.Item key={index}>
          {item.column && (
            <Text span fw={600}>
              {item.column}:{' '}
            </Text>
          )}
          {item.message}
        </List.Item>
      ))}
    </List>
  );
}
