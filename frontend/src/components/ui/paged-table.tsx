import { Paper, Stack, Table } from '@mantine/core';
import type { ReactNode } from 'react';

import type { PagingState } from '@/hooks/use-search-state';

import { DataState } from './data-state';
import { PaginationBar } from './pagination-bar';
import { ScrollTable } from './scroll-table';

type TableLook<T> = {
  /** The table's name: the scroll region and the table are announced by it. */
  label: string;
  minWidth: number;
  emptyText: string;
  /** Zebra rows (the default). */
  striped?: boolean;
  highlightOnHover?: boolean;
  /** A border around the table. */
  withBorder?: boolean;
  /** The header cells (Table.Th). */
  head: ReactNode;
  /** One row (a Table.Tr with its key). */
  row: (item: T) => ReactNode;
};

type QueryState = { isPending: boolean; error: unknown; refetch: () => unknown };

export type DataTableProps<T> = TableLook<T> & {
  /** All the rows, as a query gives them. */
  result: QueryState & { data: T[] | undefined };
};

export type PagedTableProps<T> = TableLook<T> &
  Pick<PagedDataProps<T>, 'result' | 'paging' | 'setPaging'>;

function RowsTable<T>({
  items,
  label,
  minWidth,
  striped = true,
  highlightOnHover,
  withBorder,
  head,
  row,
}: TableLook<T> & { items: T[] }) {
  const table = (
    <ScrollTable label={label} minWidth={minWidth}>
      <Table striped={striped} highlightOnHover={highlightOnHover} aria-label={label}>
        <Table.Thead>
          <Table.Tr>{head}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>{items.map((item) => row(item))}</Table.Tbody>
      </Table>
    </ScrollTable>
  );
  return withBorder ? <Paper withBorder>{table}</Paper> : table;
}

/** All the rows the server gave in a sideways-scrolling table, with the loading, error and empty states. */
export function DataTable<T>({ result, ...look }: DataTableProps<T>) {
  return (
    <DataState
      isLoading={result.isPending}
      error={result.error}
      isEmpty={result.data?.length === 0}
      emptyText={look.emptyText}
      onRetry={() => void result.refetch()}
    >
      {result.data && <RowsTable items={result.data} {...look} />}
    </DataState>
  );
}

export type PagedDataProps<T> = {
  /** The page, as a query gives it; `isPlaceholderData` while the next page replaces the shown one. */
  result: QueryState & {
    data: { items: T[]; total: number; totalIsLowerBound?: boolean } | undefined;
    isPlaceholderData?: boolean;
  };
  emptyText?: string;
  paging: PagingState;
  setPaging: (patch: Partial<PagingState>) => void;
  /** Shows the page's items (a table). */
  children: (items: T[]) => ReactNode;
};

/**
 * A page of items from the server with the pagination bar under it, and the loading, error and empty
 * states around both. While the next page loads the shown one stays, marked busy for assistive technology.
 */
export function PagedData<T>({
  result,
  emptyText,
  paging,
  setPaging,
  children,
}: PagedDataProps<T>) {
  return (
    <DataState
      isLoading={result.isPending}
      error={result.error}
      isEmpty={result.data?.items.length === 0}
      emptyText={emptyText}
      onRetry={() => void result.refetch()}
    >
      {result.data && (
        <Stack aria-busy={result.isPlaceholderData ?? false}>
          {children(result.data.items)}
          <PaginationBar
            total={result.data.total}
            totalIsLowerBound={result.data.totalIsLowerBound}
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

/** A page of rows from the server in a sideways-scrolling table: {@link PagedData} around a table. */
export function PagedTable<T>({ result, paging, setPaging, ...look }: PagedTableProps<T>) {
  return (
    <PagedData result={result} emptyText={look.emptyText} paging={paging} setPaging={setPaging}>
      {(items) => <RowsTable items={items} {...look} />}
    </PagedData>
  );
}
