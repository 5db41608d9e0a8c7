// How much JavaScript the landing page needs, gzipped: the entry of index.html with every chunk it
// imports statically, plus the lazily loaded screen of the start route (the citizens' home page) with its
// static imports. Reads the build manifest Vite writes (dist/.vite/manifest.json). Prints the figure and
// fails when it is over the budget (BUNDLE_BUDGET_KB, default 250).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '../dist');
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB ?? 250);
const LANDING_SCREENS = ['src/app/routes/ratings/home.tsx'];

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const needed = new Set();
function visit(key) {
  const chunk = manifest[key];
  if (!chunk || needed.has(chunk.file)) return;
  needed.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
}
visit('index.html');
for (const screen of LANDING_SCREENS) visit(screen);

let raw = 0;
let gzip = 0;
const rows = [];
for (const file of [...needed].filter((name) => name.endsWith('.js'))) {
  const bytes = readFileSync(join(dist, file));
  const zipped = gzipSync(bytes, { level: 6 }).length;
  raw += bytes.length;
  gzip += zipped;
  rows.push([file, bytes.length, zipped]);
}
rows.sort((a, b) => b[2] - a[2]);
for (const [file, size, zipped] of rows) {
  console.log(
    `  ${(zipped / 1024).toFixed(1).padStart(7)} KB gzip ${(size / 1024).toFixed(1).padStart(8)} KB  ${file}`,
  );
}
const kb = gzip / 1024;
console.log(
  `Landing page JavaScript: ${rows.length} files, ${(raw / 1024).toFixed(0)} KB, ${kb.toFixed(1)} KB gzip (budget ${budgetKb} KB)`,
);
if (kb > budgetKb) {
  console.error(`over the budget of ${budgetKb} KB gzip`);
  process.exit(1);
}
