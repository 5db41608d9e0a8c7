import { describe, expect, it } from 'vitest';

import { summaryLines } from './audit-summary';

describe('summaryLines', () => {
  it('lists the filled fields of a created record', () => {
    expect(summaryLines({ after: { name: 'Школа', inn: null } })).toEqual(['name: Школа']);
  });

  it('lists only changed fields of an update, ignoring the version', () => {
    expect(
      summaryLines({
        before: { name: 'Школа', status: 'ACTIVE', version: 1 },
        after: { name: 'Школа', status: 'ARCHIVED', version: 2 },
      }),
    ).toEqual(['status: ACTIVE → ARCHIVED']);
  });

  it('shows other shapes as they are', () => {
    expect(summaryLines({ roles: ['ADMIN'] })).toEqual(['roles: ["ADMIN"]']);
    expect(summaryLines(null)).toEqual([]);
  });
});
