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

/**
 * Components a Controller may render without the field's ref, each with the reason: they have no one
 * input to focus.
 */
const WITHOUT_ONE_INPUT = new Set([
  // a yes/no or a scale is a group of radios, a figure is read-only text: nothing single to focus
  'CriterionInput',
]);

/** The line of every `<Controller` whose rendered input does not get `field.ref`. */
function controllersWithoutRef(code: string): number[] {
  const lines: number[] = [];
  for (const match of code.matchAll(/<Controller\b/g)) {
    const rest = code.slice(match.index);
    const render = /render=\{\(\{ field[^}]*\}\) => \(\s*<([A-Za-z.]+)([^>]*?)\/?>/s.exec(rest);
    const component = render?.[1];
    const props = render?.[2] ?? '';
    if (component && WITHOUT_ONE_INPUT.has(component)) continue;
    if (!/\bref=\{field\.ref\}/.test(props)) {
      lines.push(code.slice(0, match.index).split('\n').length);
    }
  }
  return lines;
}

// WCAG 3.3.1: after a submit with errors, the form moves the focus to the first invalid field (react-hook-form
// does so, for client-side rules and for the server's violations set with shouldFocus). It can only focus a
// field whose input it holds: a Controller that does not hand `field.ref` to its input is skipped, and the focus
// lands on a later field (the URL instead of the missing organisation of a new account) or nowhere.
describe('form fields', () => {
  it('every Controller hands the field ref to its input', () => {
    const found = screens(src).flatMap((file) =>
      controllersWithoutRef(readFileSync(file, 'utf8')).map(
        (line) => `${file.slice(src.length + 1)}:${line}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
