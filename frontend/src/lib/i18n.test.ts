import { describe, expect, it } from 'vitest';

import { i18n } from './i18n';

// Every number put into a message is written the language's way («1 234,5», «1,234.5»), but a year is a name,
// not a quantity: the certificates' export buttons read «ZIP за 2 026 год» and «ZIP of 2,026».
describe('numbers in messages', () => {
  it('groups the digits of a quantity, not of a year', () => {
    expect(i18n.t('certificates:admin.zip', { year: 2026, lng: 'en' })).toBe('ZIP of 2026');
    expect(i18n.t('certificates:admin.zip', { year: 2026, lng: 'ru' })).toBe('ZIP за 2026 год');
    expect(i18n.t('common:paging.total', { count: 12345, lng: 'en' })).toContain('12,345');
  });
});
