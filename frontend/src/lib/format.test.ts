import { describe, expect, it } from 'vitest';

import {
  formatCount,
  formatDate,
  formatDateTime,
  formatIndex,
  formatNumber,
  formatPercent,
} from './format';

// Intl separates groups with a no-break space (U+00A0) in Russian and uses a narrow one (U+202F)
// in some ICU versions: compare with any space
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('locale formatting', () => {
  it('writes a decimal comma in Russian and a point in English', () => {
    expect(formatIndex(85.74, 'ru')).toBe('85,7');
    expect(formatIndex(85.74, 'en')).toBe('85.7');
    expect(formatIndex(85, 'ru')).toBe('85,0');
    expect(formatNumber(2.5, 'ru')).toBe('2,5');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
    expect(formatNumber('12.125', 'ru', 3)).toBe('12,125');
  });

  it('groups thousands as the language does', () => {
    expect(spaces(formatCount(12345, 'ru'))).toBe('12 345');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(spaces(formatNumber(1234.5, 'ru'))).toBe('1 234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('writes percentages in the language', () => {
    expect(spaces(formatPercent(0.857, 'ru'))).toBe('85,7 %');
    expect(formatPercent(0.857, 'en')).toBe('85.7%');
  });

  it('shows a dash for missing or non-numeric values', () => {
    expect(formatIndex(null, 'ru')).toBe('—');
    expect(formatNumber(undefined, 'en')).toBe('—');
    expect(formatNumber('abc', 'en')).toBe('—');
    expect(formatDate('', 'ru')).toBe('—');
    expect(formatDateTime('not a date', 'ru')).toBe('—');
  });

  it('writes dates in the language', () => {
    expect(formatDate('2026-03-01', 'ru')).toBe('01.03.2026');
    expect(formatDate('2026-03-01', 'en')).toBe('3/1/2026');
    expect(formatDateTime('2026-03-01T10:15:00', 'ru')).toMatch(/^01\.03\.2026, 10:15$/);
    expect(formatDateTime('2026-03-01T10:15:00', 'en')).toMatch(/^3\/1\/26, 10:15\s?AM$/);
  });
});
