import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/problem';
import { json, mockApi } from '@/testing/test-utils';

import { exportList } from './export-list';

function catchDownloads() {
  const names: string[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL() {} }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return names;
}

describe('exportList (typed client)', () => {
  it('asks for the format and the on-screen filters, not paging, and saves under the server’s name', async () => {
    const names = catchDownloads();
    const requests = mockApi({
      'GET /api/v1/accounts/export': () =>
        new Response('a;b\n', {
          headers: {
            'Content-Type': 'text/csv',
            'Content-Disposition': "attachment; filename*=UTF-8''accounts-2026.csv",
          },
        }),
    });

    await exportList('accounts', 'csv', {
      q: 'школа',
      platform: 'VK',
      page: 3,
      size: 50,
      sort: '',
    });

    const query = new URL(requests[0].url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ format: 'csv', q: 'школа', platform: 'VK' });
    expect(names).toEqual(['accounts-2026.csv']);
  });

  it('turns a refused export into the problem the server sent', async () => {
    catchDownloads();
    mockApi({
      'GET /api/v1/organizations/export': () =>
        json({ status: 429, title: 'Слишком много выгрузок', detail: 'Повторите позже' }, 429, {
          'Retry-After': '7',
        }),
    });

    const error = await exportList('organizations', 'xlsx', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(429);
    expect((error as ApiError).problem.detail).toBe('Повторите позже');
    expect((error as ApiError).retryAfterSeconds).toBe(7);
  });
});
