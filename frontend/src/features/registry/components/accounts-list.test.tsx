import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { account, referenceHandlers } from '@/testing/registry-fixtures';
import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { AccountsList } from './accounts-list';

function accountsHandler(seen: URLSearchParams[]) {
  return (request: Request) => {
    const query = new URL(request.url).searchParams;
    seen.push(query);
    const items = query.get('q')
      ? [account('7', 'Школа 7 Балаково')]
      : [account('1', 'Школа 1 ВКонтакте'), account('2', 'Школа 2 Telegram', 'TELEGRAM')];
    if (query.get('q') === 'школа') {
      return json({ items, total: 1000, page: 0, size: 50, totalIsLowerBound: true });
    }
    return json({
      items,
      total: query.get('q') ? 1 : 120,
      page: 0,
      size: 50,
      totalIsLowerBound: false,
    });
  };
}

describe('AccountsList', () => {
  it('shows a page of accounts with organization and municipality names and the total', async () => {
    const seen: URLSearchParams[] = [];
    mockApi({ ...referenceHandlers, 'GET /api/v1/accounts': accountsHandler(seen) });
    renderWithProviders(<AccountsList />);

    const table = await screen.findByRole('table', { name: 'Список аккаунтов' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByRole('link', { name: 'Школа 1 ВКонтакте' })).toHaveAttribute(
      'href',
      '/registry/accounts/1',
    );
    expect(within(rows[1]).getByText('Школа № 1')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Балаковский район')).toBeInTheDocument();
    expect(await within(rows[2]).findByText('Telegram')).toBeInTheDocument();
    expect(screen.getByText('Всего: 120 записей')).toBeInTheDocument();
  });

  it('says «более 1 000» when the server counted only up to the cap', async () => {
    const seen: URLSearchParams[] = [];
    mockApi({ ...referenceHandlers, 'GET /api/v1/accounts': accountsHandler(seen) });
    renderWithProviders(<AccountsList />, { route: '/?q=школа' });
    expect(await screen.findByText(/Найдено более 1\s000/)).toBeInTheDocument();
  });

  it('searches after a pause in typing and sends the filters as query parameters', async () => {
    const seen: URLSearchParams[] = [];
    mockApi({ ...referenceHandlers, 'GET /api/v1/accounts': accountsHandler(seen) });
    renderWithProviders(<AccountsList />, { route: '/registry/accounts?platform=VK&size=20' });
    await screen.findByRole('table', { name: 'Список аккаунтов' });
    expect(seen[0].get('platform')).toBe('VK');
    expect(seen[0].get('size')).toBe('20');

    // the keys in one go (delay: null leaves no timer turn between them): with a real clock on a loaded
    // machine keys can lie further apart than the pause, and the list then rightly searches in between;
    // the pause itself is measured on a fake clock in search-input.test.tsx
    await userEvent
      .setup({ delay: null })
      .type(screen.getByRole('searchbox', { name: 'Поиск' }), 'балаково');
    expect(await screen.findByRole('link', { name: 'Школа 7 Балаково' })).toBeInTheDocument();
    const last = seen[seen.length - 1];
    expect(last.get('q')).toBe('балаково');
    expect(last.get('platform')).toBe('VK');
    expect(seen.filter((query) => query.get('q'))).toHaveLength(1);
  });

  it('shows the empty state', async () => {
    mockApi({
      ...referenceHandlers,
      'GET /api/v1/accounts': () => json({ items: [], total: 0, page: 0, size: 50 }),
    });
    renderWithProviders(<AccountsList />);
    expect(await screen.findByText(/Аккаунты не найдены/)).toBeInTheDocument();
  });

  it('shows the error state with a retry', async () => {
    mockApi({
      ...referenceHandlers,
      'GET /api/v1/accounts': () =>
        json({ status: 500, title: 'Ошибка сервера', detail: 'Попробуйте позже' }, 500),
    });
    renderWithProviders(<AccountsList />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Попробуйте позже');
    expect(within(alert).getByRole('button', { name: 'Повторить' })).toBeInTheDocument();
  });
});
