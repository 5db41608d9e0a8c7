import { Group, Pagination, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const PAGE_SIZES = [20, 50, 100, 200];

export type PaginationBarProps = {
  total: number;
  /** The list counted only up to `total` and there are more («более 1 000») */
  totalIsLowerBound?: boolean;
  /** 0-based page number */
  page: number;
  size: number;
  onPageChange: (page: number) => void;
  onSizeChange: (size: number) => void;
};

export function PaginationBar({
  total,
  totalIsLowerBound = false,
  page,
  size,
  onPageChange,
  onSizeChange,
}: PaginationBarProps) {
  const { t, i18n } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {totalIsLowerBound
          ? t('paging.totalMore', { value: new Intl.NumberFormat(i18n.language).format(total) })
          : t('paging.total', { count: total })}
      </Text>
      <Pagination
        total={pages}
        value={Math.min(page + 1, pages)}
        onChange={(value) => onPageChange(value - 1)}
        size="sm"
        aria-label={t('paging.pages')}
        getControlProps={(control) => ({ 'aria-label': t(`paging.${control}`) })}
      />
      <Select
        label={t('paging.size')}
        data={PAGE_SIZES.map(String)}
        value={String(size)}
        onChange={(value) => value && onSizeChange(Number(value))}
        allowDeselect={false}
        w={110}
        size="xs"
      />
    </Group>
  );
}
