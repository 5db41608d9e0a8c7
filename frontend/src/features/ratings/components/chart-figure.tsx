import { Box, Center, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ScrollTable } from '@/components/ui/scroll-table';

import type { ChartProps } from './charts';

const Chart = lazy(() => import('./charts').then((module) => ({ default: module.Chart })));

export type ChartFigureProps = ChartProps & {
  title: string;
  /** One sentence on what the chart shows, read out with it. */
  description?: string;
  /** The table alternative's header: the category column first, then one per series. */
  categoryLabel: string;
};

/**
 * A chart with its accessible alternative: the same numbers as a table, one switch away. The drawing is
 * hidden from assistive technology (it has nothing the table lacks); the figure is named by its title.
 */
export function ChartFigure({ title, description, categoryLabel, ...chart }: ChartFigureProps) {
  const { t } = useTranslation('ratings');
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const titleId = useId();
  return (
    <Box component="figure" m={0} aria-labelledby={titleId}>
      <Stack gap="xs">
        <Box style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 8 }}>
          <Title order={3} size="h4" id={titleId}>
            {title}
          </Title>
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(value) => setView(value as 'chart' | 'table')}
            aria-label={t('chart.view', { title })}
            data={[
              { value: 'chart', label: t('chart.asChart') },
              { value: 'table', label: t('chart.asTable') },
            ]}
          />
        </Box>
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        {view === 'chart' ? (
          <Box aria-hidden inert>
            <Suspense
              fallback={
                <Center h={chart.height ?? 260}>
                  <Loader size="sm" />
                </Center>
              }
            >
              <Chart {...chart} />
            </Suspense>
          </Box>
        ) : (
          <ChartTable title={title} categoryLabel={categoryLabel} {...chart} />
        )}
      </Stack>
    </Box>
  );
}

function ChartTable({
  title,
  categoryLabel,
  data,
  series,
  format,
}: Pick<ChartFigureProps, 'title' | 'categoryLabel' | 'data' | 'series' | 'format'>) {
  return (
    <ScrollTable label={title} minWidth={320}>
      <Table striped withTableBorder aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{categoryLabel}</Table.Th>
            {series.map((item) => (
              <Table.Th key={item.name} scope="col" ta="right">
                {item.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((datum) => (
            <Table.Tr key={datum.label}>
              <Table.Th scope="row" fw={400}>
                {datum.label}
              </Table.Th>
              {series.map((item) => {
                const value = datum[item.name];
                return (
                  <Table.Td key={item.name} ta="right">
                    {typeof value === 'number' ? format(value) : '—'}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
