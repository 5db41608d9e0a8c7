import { describe, expect, it } from 'vitest';

import { acceptsFile } from './file-drop';

const file = (name: string, size: number) => new File([new Uint8Array(size)], name);

describe('acceptsFile', () => {
  it('accepts the listed extensions in any case within the size limit', () => {
    expect(acceptsFile(file('Реестр.CSV', 10), ['.csv', '.xlsx'], 100)).toBe(true);
    expect(acceptsFile(file('book.xlsx', 100), ['.csv', '.xlsx'], 100)).toBe(true);
  });

  it('rejects other extensions and files over the limit', () => {
    expect(acceptsFile(file('book.xls', 10), ['.csv', '.xlsx'], 100)).toBe(false);
    expect(acceptsFile(file('data.csv.exe', 10), ['.csv', '.xlsx'], 100)).toBe(false);
    expect(acceptsFile(file('big.csv', 101), ['.csv', '.xlsx'], 100)).toBe(false);
  });
});
