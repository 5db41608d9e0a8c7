/** One band of the index scale and how many indexes fall in it. */
export type Band = { from: number; to: number; count: number };

/**
 * Counts indexes (0–100) in bands of `width` points: [0, 10), [10, 20) … [90, 100] — the last band
 * includes 100, so every valid index lands in exactly one band. Values outside 0–100 are ignored.
 */
export function distribution(indexes: readonly number[], width = 10): Band[] {
  const bands: Band[] = [];
  for (let from = 0; from < 100; from += width) {
    bands.push({ from, to: Math.min(100, from + width), count: 0 });
  }
  for (const value of indexes) {
    if (!(value >= 0 && value <= 100)) continue;
    const band = Math.min(bands.length - 1, Math.floor(value / width));
    bands[band].count += 1;
  }
  return bands;
}
