import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { CampaignWizard } from './campaign-wizard';

const set = (id: string, name: string) => ({
  id,
  version: 1,
  familyId: `f-${id}`,
  edition: 1,
  name,
  description: '',
  status: 'APPROVED',
  approvedAt: '2026-01-01T00:00:00Z',
  approvedBy: null,
  retiredAt: null,
  basedOnId: null,
  criteriaCount: 10,
  totalWeight: 100,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

/** Twenty approved sets on the first page of 230; «Яхтенная методика» is found only when searched for. */
function api() {
  const first = Array.from({ length: 20 }, (_, i) => set(`s${i}`, `Методика ${i}`));
  const late = set('late', 'Яхтенная методика');
  return mockApi({
    'GET /api/v1/criteria-sets': (request) => {
      const q = new URL(request.url).searchParams.get('q');
      if (q === null) return json({ items: first, total: 230, page: 0, size: 20 });
      const found = [...first, late].filter((s) => s.name.includes(q));
      return json({ items: found, total: found.length, page: 0, size: 20 });
    },
    'GET /api/v1/campaigns/experts': () => json([]),
    'GET /api/v1/municipalities': () => json([]),
    'GET /api/v1/reference': () => json({ sectors: [], kinds: [], platforms: [] }),
  });
}

describe('CampaignWizard', () => {
  it('finds an approved methodology past the first page by asking the server', async () => {
    const requests = api();
    const user = userEvent.setup();
    renderWithProviders(<CampaignWizard />);
    const picker = await screen.findByRole('combobox', { name: /^Методика/ });
    // the first approved set is the default
    await waitFor(() => expect(picker).toHaveValue('Методика 0, ред. 1'));
    await user.clear(picker);
    await user.type(picker, 'Яхтенная');
    await user.click(
      await screen.findByRole('option', { name: 'Яхтенная методика, ред. 1', hidden: true }),
    );
    expect(picker).toHaveValue('Яхтенная методика, ред. 1');
    const searched = requests
      .filter((r) => r.url.includes('/criteria-sets'))
      .map((r) => new URL(r.url).searchParams);
    expect(searched.map((p) => [p.get('q'), p.get('status')])).toContainEqual([
      'Яхтенная',
      'APPROVED',
    ]);
  });
});
