import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint keeps API shapes generated: these files would be hand-written copies of the contract or
 * calls past the typed client, and `npm run lint` must refuse each of them.
 */
const root = (expect.getState().testPath ?? '').replace(/\/src\/lib\/[^/]+$/, '');
const eslint = new ESLint({ cwd: root });

async function messages(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}` });
  return result.messages.map((message) => message.message);
}

describe('lint of the API layer', () => {
  it("refuses an interface, an object type and a mapped type in a feature's api folder", async () => {
    const found = await messages(
      'src/features/campaigns/api/get-campaign.ts',
      [
        'export interface Candidate { id: string; active: boolean }',
        'export type Scope = { q: string | null };',
        "export type Flags = { [K in 'a' | 'b']: boolean };",
        '',
      ].join('\n'),
    );
    expect(found.filter((m) => m.includes('No interface'))).toHaveLength(1);
    expect(found.filter((m) => m.includes('No object type'))).toHaveLength(1);
    expect(found.filter((m) => m.includes('No mapped object type'))).toHaveLength(1);
  });

  it("refuses a types.ts in a feature's api folder", async () => {
    const found = await messages('src/features/evaluations/api/types.ts', 'export {};\n');
    expect(found.some((m) => m.includes("No types.ts in a feature's api folder"))).toBe(true);
  });

  it('refuses fetch and the untyped helpers in features, and accepts an alias of the contract', async () => {
    const calls = await messages(
      'src/features/registry/components/list.ts',
      [
        "import { apiFetch } from '@/lib/api-client';",
        '',
        "export const a = () => fetch('/api/v1/accounts');",
        "export const b = () => window.fetch('/api/v1/accounts');",
        "export const c = () => apiFetch(new Request('/api/v1/accounts'));",
        '',
      ].join('\n'),
    );
    expect(calls.filter((m) => m.includes('typed client'))).toHaveLength(3);

    const alias = await messages(
      'src/features/campaigns/api/get-campaign.ts',
      [
        "import type { ApiResponse, Complete } from '@/lib/api-types';",
        '',
        "export type Campaign = Complete<ApiResponse<'/api/v1/campaigns/{id}', 'get'>>;",
        "export type Stage = Campaign['stage'];",
        '',
      ].join('\n'),
    );
    expect(alias).toEqual([]);
  });

  it('refuses casting a problem member to a hand-written type, as the account form once did', async () => {
    const found = await messages(
      'src/features/registry/components/account-form.tsx',
      [
        "import { ApiError } from '@/lib/problem';",
        '',
        'type ExistingAccount = { id: string; url?: string };',
        'export function existing(error: ApiError) {',
        '  return error.problem.existing as ExistingAccount | undefined;',
        '}',
        '',
      ].join('\n'),
    );
    expect(found.filter((m) => m.includes('No cast of a problem'))).toHaveLength(1);
  });
});
