import '@mantine/charts/styles.css';

import { BarChart } from '@mantine/charts';

export type EffectChartDatum = { label: string } & Record<string, number | string | null>;

export type EffectChartProps = {
  data: EffectChartDatum[];
  series: { name: string; label: string; color: string }[];
  format: (value: number) => string;
};

/**
 * The drawing of one comparison (median index and criterion shares, both 0–100), in a module of its own
 * so that Mantine Charts loads only with the training-effect page; the table beside it has every number.
 */
export function EffectChart({ data, series, format }: EffectChartProps) {
  return (
    <BarChart
      h={Math.max(220, data.length * 44 + 60)}
      data={data}
      dataKey="label"
      series={series}
      orientation="vertical"
      valueFormatter={format}
      yAxisProps={{ width: 180 }}
      xAxisProps={{ domain: [0, 100] }}
      withLegend
    />
  );
}
