import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { referenceHandlers } from '@/testing/registry-fixtures';
import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import type { CriteriaSet, Criterion } from '../api/schema';

import { CriteriaSetEditor } from './criteria-set-editor';

function criterion(code: string, weight: number, group: Criterion['group'] = 'PROFILE'): Criterion {
  return {
    id: `id-${code}`,
    position: 0,
    maxPoints: 1,
    code,
    group,
    title: `Критерий ${code}`,
    guidance: '',
    recommendation: '',
    normative: true,
    weight,
    type: 'BOOLEAN',
    levels: [],
    thresholds: [],
    direction: null,
    unit: null,
    metric: null,
    platforms: [],
    sectors: [],
    organizationKinds: [],
  };
}

const draft: CriteriaSet = {
  id: 'set-2',
  version: 3,
  familyId: 'family',
  edition: 2,
  name: 'Цифровой мост — 2023',
  description: '',
  status: 'DRAFT',
  approvedAt: null,
  approvedBy: null,
  retiredAt: null,
  basedOnId: 'set-1',
  criteriaCount: 3,
  totalWeight: 90,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  criteria: [
    criterion('PROFILE.PHONE', 40),
    criterion('PROFILE.EMAIL', 20),
    criterion('FEEDBACK.RULES', 30, 'FEEDBACK'),
  ],
};

describe('CriteriaSetEditor', () => {
  it('keeps the weight total live and saves the criteria in group order with the version', async () => {
    const requests = mockApi({
      ...referenceHandlers,
      'PUT /api/v1/criteria-sets/set-2': async (request) => {
        const body = await request.json();
        return json({ ...draft, ...body, version: 4 });
      },
    });
    renderWithProviders(<CriteriaSetEditor set={draft} onReload={vi.fn()} />);
    const user = userEvent.setup();
    expect(screen.getByText('Сумма весов: 90 из 100')).toBeInTheDocument();
    expect(screen.getByText('Не хватает 10 до 100.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Удалить FEEDBACK.RULES' }));
    expect(screen.getByText('Сумма весов: 60 из 100')).toBeInTheDocument();
    expect(screen.getByText('Есть несохранённые изменения')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Поднять PROFILE.EMAIL' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const body = await requests.find((r) => r.method === 'PUT')!.json();
    expect(body.version).toBe(3);
    expect(body.criteria.map((c: Criterion) => c.code)).toEqual(['PROFILE.EMAIL', 'PROFILE.PHONE']);
    expect(body.criteria[0]).not.toHaveProperty('id');
  });

  it('shows the 422 of an approval whose weights do not add up to 100', async () => {
    mockApi({
      ...referenceHandlers,
      'POST /api/v1/criteria-sets/set-2/approve': () =>
        json(
          {
            type: '/problems/criteria-set-weights',
            title: 'Сумма весов не равна 100',
            status: 422,
            detail: 'Сумма весов критериев — 90, а должна быть 100.',
            totalWeight: 90,
          },
          422,
        ),
    });
    renderWithProviders(<CriteriaSetEditor set={draft} onReload={vi.fn()} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Утвердить' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Методика не утверждена');
    expect(alert).toHaveTextContent('Сумма весов критериев — 90, а должна быть 100.');
  });

  it('tells about a stale version and offers to reload', async () => {
    const onReload = vi.fn();
    mockApi({
      ...referenceHandlers,
      'PUT /api/v1/criteria-sets/set-2': () =>
        json({ type: '/problems/stale-version', title: 'Запись изменена', status: 409 }, 409),
    });
    renderWithProviders(<CriteriaSetEditor set={draft} onReload={onReload} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Черновик изменён другим пользователем');
    await user.click(within(alert).getByRole('button', { name: 'Загрузить актуальную версию' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('marks the criterion a server violation names', async () => {
    mockApi({
      ...referenceHandlers,
      'PUT /api/v1/criteria-sets/set-2': () =>
        json(
          {
            type: '/problems/validation',
            title: 'Неверные данные',
            status: 400,
            violations: [{ field: 'criteria[1].code', message: 'Код уже занят' }],
          },
          400,
        ),
    });
    renderWithProviders(<CriteriaSetEditor set={draft} onReload={vi.fn()} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByText('Код уже занят')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Ошибки в критериях отмечены ниже.');
  });
});
