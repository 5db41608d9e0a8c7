import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockApi, paged, renderWithProviders } from '@/testing/test-utils';

import { CohortList } from './cohort-list';
import { ProgrammeList } from './programme-list';
import { programmeOf } from './test-fixtures';

const cohort = (n: number) => ({
  id: `k${n}`,
  title: `Группа ${n}`,
  programme: { id: 'p1', title: 'Цифровой мост', edition: 1 },
  startsOn: '2026-11-01',
  endsOn: '2026-11-20',
  capacity: 20,
  enrolled: 1,
  applied: 0,
});

describe('training lists', () => {
  it('the cohorts list pages through every cohort, the page in the address', async () => {
    mockApi({ 'GET /api/v1/training/cohorts': paged(120, cohort) });
    renderWithProviders(<CohortList />, { route: '/?page=1' });
    expect(await screen.findByRole('link', { name: 'Группа 51' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Следующая страница' }));
    expect(await screen.findByRole('link', { name: 'Группа 120' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Группа 51' })).toBeNull());
  });

  it('the programmes list pages through every edition', async () => {
    mockApi({
      'GET /api/v1/training/programmes': paged(60, (n) =>
        programmeOf({ id: `p${n}`, title: `Программа ${n}` }),
      ),
    });
    renderWithProviders(<ProgrammeList canManage={false} />);
    expect(await screen.findByText('Программа 1')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Следующая страница' }));
    expect(await screen.findByText('Программа 60')).toBeInTheDocument();
  });
});
