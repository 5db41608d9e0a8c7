import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { AccountPicker } from './account-picker';

const accounts = [
  { id: 'a1', displayName: 'Школа №1', organization: { id: 'o1', name: 'Школа' } },
  { id: 'a2', displayName: 'Музей', organization: { id: 'o2', name: 'Музей города' } },
];

function Picker({ exclude = [] as string[] }) {
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <>
      <AccountPicker label="Аккаунт" value={picked} onChange={setPicked} exclude={exclude} />
      <output>{picked ?? 'нет'}</output>
    </>
  );
}

const searches = (requests: Request[]) =>
  requests
    .filter((r) => new URL(r.url).pathname === '/api/v1/accounts')
    .map((r) => new URL(r.url).searchParams.get('q'));

describe('AccountPicker', () => {
  it('offers the accounts the registry finds, less the excluded ones, and picks one', async () => {
    const requests = mockApi({
      'GET /api/v1/accounts': () => json({ items: accounts, total: 2, page: 0, size: 20 }),
    });
    renderWithProviders(<Picker exclude={['a1']} />);
    const field = screen.getByRole('combobox', { name: 'Аккаунт' });
    await userEvent.type(field, 'М');
    // one character is not searched for
    expect(searches(requests)).toEqual([]);
    await userEvent.type(field, 'у');
    const option = await screen.findByRole('option', {
      name: 'Музей — Музей города',
      hidden: true,
    });
    expect(searches(requests)).toEqual(['Му']);
    expect(
      screen.queryByRole('option', { name: /Школа №1/, hidden: true }),
    ).not.toBeInTheDocument();

    await userEvent.click(option);
    expect(screen.getByRole('status')).toHaveTextContent('a2');
    expect(field).toHaveValue('Музей — Музей города');
    // the picked account's label in the field is not searched for
    expect(searches(requests)).toEqual(['Му']);
  });

  it('says when nothing is found', async () => {
    mockApi({ 'GET /api/v1/accounts': () => json({ items: [], total: 0, page: 0, size: 20 }) });
    renderWithProviders(<Picker />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Аккаунт' }), 'Театр');
    await waitFor(() => expect(screen.getByText('Ничего не найдено')).toBeInTheDocument());
  });
});
