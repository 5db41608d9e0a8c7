import { Box } from '@mantine/core';

/** One campaign: its axis label, the index (null: none), the index as written, and a tooltip. */
export type IndexPoint = { label: string; value: number | null; display: string; title: string };

export type IndexChartProps = {
  points: IndexPoint[];
  /** The chart's accessible name; the values are listed in it too, for readers who cannot see it. */
  label: string;
  height?: number;
};

const WIDTH = 640;
const PAD = { top: 16, right: 24, bottom: 36, left: 40 };
const TICKS = [0, 25, 50, 75, 100];

/** A small line chart of an index (0–100) over campaigns, drawn as SVG. */
export function IndexChart({ points, label, height = 240 }: IndexChartProps) {
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = height - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + (points.length === 1 ? innerWidth / 2 : (i * innerWidth) / (points.length - 1));
  const y = (value: number) => PAD.top + innerHeight - (value / 100) * innerHeight;
  const drawn = points
    .map((point, i) => (point.value === null ? null : { ...point, cx: x(i), cy: y(point.value) }))
    .filter((point) => point !== null);

  return (
    <Box component="figure" m={0}>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: WIDTH, display: 'block' }}
      >
        {TICKS.map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke="var(--mantine-color-gray-3)"
              strokeDasharray={tick === 0 ? undefined : '3 3'}
            />
            <text
              x={PAD.left - 8}
              y={y(tick)}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize={11}
              fill="var(--mantine-color-dimmed)"
            >
              {tick}
            </text>
          </g>
        ))}
        {points.map((point, i) => (
          <text
            key={`${point.label}-${i}`}
            x={x(i)}
            y={height - PAD.bottom + 20}
            textAnchor="middle"
            fontSize={11}
            fill="var(--mantine-color-dimmed)"
          >
            {point.label}
          </text>
        ))}
        {drawn.length > 1 && (
          <polyline
            fill="none"
            stroke="var(--mantine-color-blue-6)"
            strokeWidth={2.5}
            points={drawn.map((point) => `${point.cx},${point.cy}`).join(' ')}
          />
        )}
        {drawn.map((point, i) => (
          <g key={`${point.label}-${i}`}>
            <circle cx={point.cx} cy={point.cy} r={5} fill="var(--mantine-color-blue-6)">
              <title>{point.title}</title>
            </circle>
            <text
              x={point.cx}
              y={point.cy - 10}
              textAnchor="middle"
              fontSize={11}
              fontWeight={600}
              fill="var(--mantine-color-text)"
            >
              {point.display}
            </text>
          </g>
        ))}
      </svg>
    </Box>
  );
}
