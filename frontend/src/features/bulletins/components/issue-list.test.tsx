import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockApi, paged, renderWithProviders } from '@/testing/test-utils';

import { IssueList } from './issue-list';

const issue = (status: string) => (n: number) => ({
  id: `${status}-${n}`,
  seriesSlug: 'main',
  seriesTitle: 'Основная серия',
  number: n,
  title: `Выпуск ${status} ${n}`,
  periodFrom: '2026-07-01',
  periodTo: '2026-09-30',
  status,
  revision: 0,
  publishedAt: null,
  campaignId: null,
  version: 1,
});

/** 130 drafts and 3 issues in review, as the server pages them. */
function api() {
  return mockApi({
    'GET /api/v1/bulletins/issues': (request) => {
      const status = new URL(request.url).searchParams.get('status');
      return status === 'REVIEW'
        ? paged(3, issue('REVIEW'))(request)
        : paged(130, issue('DRAFT'))(request);
    },
  });
}

describe('IssueList', () => {
  it('pages through every draft instead of the first hundred', async () => {
    const requests = api();
    const user = userEvent.setup();
    renderWithProviders(<IssueList />);
    expect(await screen.findByRole('link', { name: 'Выпуск DRAFT 1' })).toBeInTheDocument();
    expect(screen.getByText(/Всего: 130/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '3' }));
    expect(await screen.findByRole('link', { name: 'Выпуск DRAFT 130' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Выпуск DRAFT 1' })).toBeNull());
    expect(new URL(requests.at(-1)!.url).searchParams.get('page')).toBe('2');

    // another status starts at its first page
    await user.click(screen.getByRole('radio', { name: 'На проверке' }));
    expect(await screen.findByRole('link', { name: 'Выпуск REVIEW 1' })).toBeInTheDocument();
    const asked = new URL(requests.at(-1)!.url).searchParams;
    expect([asked.get('status'), asked.get('page')]).toEqual(['REVIEW', '0']);
  });

  it('opens on the status the address names', async () => {
    api();
    renderWithProviders(<IssueList />, { route: '/?status=REVIEW' });
    expect(await screen.findByRole('link', { name: 'Выпуск REVIEW 3' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'На проверке' })).toBeChecked();
  });

  it('opens on the page the address names', async () => {
    api();
    renderWithProviders(<IssueList />, { route: '/?page=2' });
    expect(await screen.findByRole('link', { name: 'Выпуск DRAFT 101' })).toBeInTheDocument();
  });
});
