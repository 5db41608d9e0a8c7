import { Table, type TableScrollContainerProps } from '@mantine/core';

export type ScrollTableProps = Omit<TableScrollContainerProps, 'type'> & {
  /** What the table shows; screen readers announce the scrollable region by this name. */
  label: string;
};

/**
 * A table that scrolls sideways (or down) when it is wider than the screen. The scroll container is
 * a named group in the tab order, so keyboard users can reach it and scroll it with the arrow keys
 * (WCAG 2.1.1; axe rule scrollable-region-focusable). Use it instead of Table.ScrollContainer.
 *
 * The container is positioned, so that it is the containing block of what the table positions
 * absolutely (a column's visually hidden header, a sticky cell's parts): otherwise those escape its
 * clipping and make the whole page scroll sideways on a phone (WCAG 1.4.10; 426 px at 320 px on the
 * users' list).
 */
export function ScrollTable({ label, children, ...props }: ScrollTableProps) {
  return (
    <Table.ScrollContainer
      type="native"
      pos="relative"
      tabIndex={0}
      role="group"
      aria-label={label}
      {...props}
    >
      {children}
    </Table.ScrollContainer>
  );
}
