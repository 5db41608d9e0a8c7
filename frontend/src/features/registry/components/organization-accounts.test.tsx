import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { account, referenceHandlers } from '@/testing/registry-fixtures';
import { mockApi, paged, renderWithProviders } from '@/testing/test-utils';

import { OrganizationAccounts } from './organization-accounts';

/** An organization with 130 accounts, as the server pages them. */
function api() {
  return mockApi({
    ...referenceHandlers,
    'GET /api/v1/accounts': paged(130, (n) => account(String(n), `Аккаунт ${n}`)),
  });
}

describe('OrganizationAccounts', () => {
  it('pages through every account of the organization instead of the first hundred', async () => {
    const requests = api();
    const user = userEvent.setup();
    renderWithProviders(<OrganizationAccounts organizationId="org-1" />);
    const table = await screen.findByRole('table', { name: 'Список аккаунтов' });
    expect(within(table).getByRole('link', { name: 'Аккаунт 1' })).toBeInTheDocument();
    const asked = new URL(requests.find((r) => r.url.includes('/accounts?'))!.url).searchParams;
    expect([asked.get('organization'), asked.get('sort')]).toEqual(['org-1', 'name']);

    await user.click(screen.getByRole('button', { name: '7' }));
    expect(await screen.findByRole('link', { name: 'Аккаунт 130' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Аккаунт 1' })).toBeNull());
    expect(screen.getByRole('link', { name: 'Все аккаунты организации' })).toHaveAttribute(
      'href',
      '/registry/accounts?organization=org-1',
    );
  });

  it('opens on the page the address names', async () => {
    api();
    renderWithProviders(<OrganizationAccounts organizationId="org-1" />, { route: '/?page=5' });
    expect(await screen.findByRole('link', { name: 'Аккаунт 101' })).toBeInTheDocument();
  });
});
