import { describe, expect, it } from 'vitest';

import { distribution } from './distribution';

describe('distribution', () => {
  it('puts every index in exactly one band, 100 in the last', () => {
    const bands = distribution([0, 9.9, 10, 55.5, 99.9, 100]);
    expect(bands).toHaveLength(10);
    expect(bands[0]).toEqual({ from: 0, to: 10, count: 2 });
    expect(bands[1]).toEqual({ from: 10, to: 20, count: 1 });
    expect(bands[5].count).toBe(1);
    expect(bands[9]).toEqual({ from: 90, to: 100, count: 2 });
  });

  it('ignores values outside 0–100 and counts a seeded sample exactly once', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const sample = Array.from({ length: 500 }, () => Math.round(random() * 1000) / 10);
    const bands = distribution([...sample, -1, 100.1, Number.NaN], 20);
    expect(bands.map((band) => band.from)).toEqual([0, 20, 40, 60, 80]);
    expect(bands.reduce((sum, band) => sum + band.count, 0)).toBe(sample.length);
  });
});
