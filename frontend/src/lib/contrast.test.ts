import { describe, expect, it } from 'vitest';

import { contrastRatio, darkenToContrast } from './contrast';

describe('contrast', () => {
  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 1);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // Mantine's default dimmed grey on white fails AA (4.5:1)
    expect(contrastRatio('#868e96', '#ffffff')).toBeLessThan(4.5);
  });

  it('darkens a colour until it reaches the ratio, and leaves a good one alone', () => {
    const fixed = darkenToContrast('#fd7e14', '#ffffff');
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(darkenToContrast('#212529', '#ffffff')).toBe('#212529');
  });
});
