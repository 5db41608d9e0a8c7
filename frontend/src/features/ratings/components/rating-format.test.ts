import { describe, expect, it } from 'vitest';

import { formatIndexDelta, formatPlace, formatPlaceDelta } from './rating-format';

describe('rating format', () => {
  it('writes a place, and a shared place as a range', () => {
    expect(formatPlace({ from: 12, to: 12, of: 340 }, 'ru')).toBe('12 из 340');
    expect(formatPlace({ from: 12, to: 14, of: 340 }, 'ru')).toBe('12–14 из 340');
    expect(formatPlace({ from: 12, to: 14, of: 1340 }, 'en')).toBe('12–14 of 1,340');
    expect(formatPlace({ from: null, to: null, of: 340 }, 'ru')).toBeNull();
  });

  it('writes changes with their sign in the language’s way', () => {
    expect(formatIndexDelta(1.25, 'ru')).toBe('+1,3');
    expect(formatIndexDelta(-0.8, 'en')).toBe('−0.8');
    expect(formatIndexDelta(0, 'ru')).toBe('0,0');
    expect(formatIndexDelta(null, 'ru')).toBeNull();
    expect(formatPlaceDelta(3, 'ru')).toBe('↑3');
    expect(formatPlaceDelta(-2, 'ru')).toBe('↓2');
    expect(formatPlaceDelta(0, 'ru')).toBe('=');
  });
});
