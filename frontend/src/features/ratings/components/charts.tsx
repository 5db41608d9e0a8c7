import '@mantine/charts/styles.css';

import { BarChart, LineChart } from '@mantine/charts';

/** One category (a bin, a municipality, a campaign, a criterion) and its values by series key. */
export type ChartDatum = { label: string } & Record<string, number | string | null>;

export type ChartSeries = { name: string; label: string; color: string };

export type ChartProps = {
  kind: 'bar' | 'horizontal-bar' | 'line';
  data: ChartDatum[];
  series: ChartSeries[];
  /** Writes a value as the reader's language does (tooltips and axis ticks). */
  format: (value: number) => string;
  /** The value axis ends here (100 for an index, 1 for a share); omitted: from the data. */
  max?: number;
  height?: number;
};

/**
 * The drawing itself, kept in a module of its own so that Mantine Charts and Recharts load only when a
 * chart is shown (see ChartFigure); the figure's table says the same for readers who cannot see it.
 */
export function Chart({ kind, data, series, format, max, height = 260 }: ChartProps) {
  const domain: [number, number] | undefined = max === undefined ? undefined : [0, max];
  if (kind === 'line') {
    return (
      <LineChart
        h={height}
        data={data}
        dataKey="label"
        series={series}
        valueFormatter={format}
        yAxisProps={domain ? { domain } : undefined}
        connectNulls
        withLegend={series.length > 1}
      />
    );
  }
  const horizontal = kind === 'horizontal-bar';
  return (
    <BarChart
      h={horizontal ? Math.max(height, data.length * 28 + 40) : height}
      data={data}
      dataKey="label"
      series={series}
      orientation={horizontal ? 'vertical' : 'horizontal'}
      valueFormatter={format}
      yAxisProps={horizontal ? { width: 160 } : domain ? { domain } : undefined}
      xAxisProps={horizontal && domain ? { domain } : undefined}
      withLegend={series.length > 1}
    />
  );
}
