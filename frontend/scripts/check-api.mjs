// Fails when the API types are stale: src/types/api.gen.ts must equal what openapi-typescript
// generates from ../openapi.yaml, and ../openapi.yaml must equal the committed contract.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contract = resolve(root, '../openapi.yaml');
const generated = join(root, 'src/types/api.gen.ts');
const problems = [];

if (!existsSync(contract)) {
  console.error(`check-api: ${contract} does not exist; build the backend first.`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'check-api-'));
try {
  const fresh = join(dir, 'api.gen.ts');
  execFileSync(join(root, 'node_modules/.bin/openapi-typescript'), [contract, '-o', fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!existsSync(generated) || readFileSync(fresh, 'utf8') !== readFileSync(generated, 'utf8')) {
    problems.push('src/types/api.gen.ts is stale: run `npm run gen:api` and commit the result.');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const git = spawnSync('git', ['diff', '--quiet', '--', '../openapi.yaml'], { cwd: root });
if (git.error || git.status === 128) {
  console.log('check-api: git is not available here; skipped the committed-contract comparison.');
} else if (git.status !== 0) {
  problems.push('openapi.yaml differs from the committed contract: commit the regenerated file.');
}

if (problems.length > 0) {
  problems.forEach((problem) => console.error(`check-api: ${problem}`));
  process.exit(1);
}
console.log('check-api: the contract and the generated types are up to date.');
