import { Stack, Table } from '@mantine/core';
import type { ReactNode } from 'react';

import type { PagingState } from '@/hooks/use-search-state';

import { DataState } from './data-state';
import { PaginationBar } from './pagination-bar';
import { ScrollTable } from './scroll-table';

export type PagedTableProps<T> = {
  /** The table's name: the scroll region and the table are announced by it. */
  label: string;
  minWidth: number;
  /** The page of rows, as a query gives it. */
  result: {
    data: { items: T[]; total: number } | undefined;
    isPending: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  emptyText: string;
  paging: PagingState;
  setPaging: (patch: Partial<PagingState>) => void;
  highlightOnHover?: boolean;
  /** The header cells (Table.Th). */
  head: ReactNode;
  /** One row (a Table.Tr with its key). */
  row: (item: T) => ReactNode;
};

/**
 * A page of rows from the server in a striped, sideways-scrolling table with the pagination bar under
 * it, and the loading, error and empty states around both.
 */
export function PagedTable<T>({
  label,
  minWidth,
  result,
  emptyText,
  paging,
  setPaging,
  highlightOnHover,
  head,
  row,
}: PagedTableProps<T>) {
  return (
    <DataState
      isLoading={result.isPending}
      error={result.error}
      isEmpty={result.data?.items.length === 0}
      emptyText={emptyText}
      onRetry={() => void result.refetch()}
    >
      {result.data && (
        <Stack>
          <ScrollTable label={label} minWidth={minWidth}>
            <Table striped highlightOnHover={highlightOnHover} aria-label={label}>
              <Table.Thead>
                <Table.Tr>{head}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>{result.data.items.map((item) => row(item))}</Table.Tbody>
            </Table>
          </ScrollTable>
          <PaginationBar
            total={result.data.total}
            page={paging.page}
            size={paging.size}
            onPageChange={(page) => setPaging({ page })}
            onSizeChange={(size) => setPaging({ size })}
          />
        </Stack>
      )}
    </DataState>
  );
}
