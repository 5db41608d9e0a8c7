import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const src = join((expect.getState().testPath ?? '').replace(/\/src\/.*$/, ''), 'src');

function screens(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return screens(path);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : [];
  });
}

/** The line of every `<Table` that no `<ScrollTable>` (or `Table.ScrollContainer`) around it lets scroll. */
function bareTables(code: string): number[] {
  const lines: number[] = [];
  for (const match of code.matchAll(/<Table[\s>]/g)) {
    const before = code.slice(0, match.index);
    const open = (tag: string) => before.split(`<${tag}`).length - before.split(`</${tag}>`).length;
    if (open('ScrollTable') <= 0 && open('Table.ScrollContainer') <= 0) {
      lines.push(before.split('\n').length);
    }
  }
  return lines;
}

// WCAG 1.4.10 (reflow): at 320 px a table wider than the screen must scroll in its own (focusable) container,
// not push the whole page sideways. axe checks neither the width nor the page's horizontal scrolling: at
// 320 × 640 the revisions table of a public evaluation made the page 112 px wider than the window.
describe('tables', () => {
  it('every table sits in a ScrollTable', () => {
    const found = screens(src).flatMap((file) =>
      bareTables(readFileSync(file, 'utf8')).map((line) => `${file.slice(src.length + 1)}:${line}`),
    );
    expect(found).toEqual([]);
  });
});
