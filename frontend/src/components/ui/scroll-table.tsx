import { Table, type TableScrollContainerProps } from '@mantine/core';

export type ScrollTableProps = Omit<TableScrollContainerProps, 'type'> & {
  /** What the table shows; screen readers announce the scrollable region by this name. */
  label: string;
};

/**
 * A table that scrolls sideways (or down) when it is wider than the screen. The scroll container is
 * a named group in the tab order, so keyboard users can reach it and scroll it with the arrow keys
 * (WCAG 2.1.1; axe rule scrollable-region-focusable). Use it instead of Table.ScrollContainer.
 */
export function ScrollTable({ label, children, ...props }: ScrollTableProps) {
  return (
    <Table.ScrollContainer
      type="native"

      tabIndex={0}
      role="group"
      aria-label={label}
      {...props}
    >
      {children}
    </Table.ScrollContainer>
  );
}
