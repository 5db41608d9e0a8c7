import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { CohortForm } from './cohort-form';

describe('CohortForm', () => {
  it('offers approved programmes and the administrator’s trainers, and shows a server error on its field', async () => {
    const requests = mockApi({
      'GET /api/v1/training/programmes': () =>
        json({
          items: [
            { id: 'p1', title: 'Цифровой мост', edition: 2, status: 'APPROVED' },
            { id: 'p0', title: 'Черновик', edition: 3, status: 'DRAFT' },
          ],
          total: 2,
          page: 0,
          size: 50,
        }),
      'GET /api/v1/training/cohorts': () => json({ items: [], total: 0, page: 0, size: 50 }),
      'GET /api/v1/users': () =>
        json({ items: [{ id: 't1', fullName: 'Лебедева Наталья' }], total: 1, page: 0, size: 200 }),
      'POST /api/v1/training/cohorts': () =>
        json(
          {
            status: 400,
            title: 'Ошибка',
            violations: [{ field: 'create.request.endsOn', message: 'Окончание раньше начала' }],
          },
          400,
        ),
    });
    renderWithProviders(<CohortForm admin />);
    const programme = screen.getByRole('combobox', { name: /Программа/ });
    await waitFor(() => expect(programme).toBeEnabled());
    await userEvent.click(programme);
    expect(
      await screen.findByRole('option', { name: 'Цифровой мост (2)', hidden: true }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('option', { name: /Черновик/, hidden: true }),
    ).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('option', { name: 'Цифровой мост (2)', hidden: true }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Группа/ }), 'Поток 1');
    fireEvent.change(screen.getByLabelText(/Начало обучения/), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText(/Окончание обучения/), {
      target: { value: '2026-11-01' },
    });
    await userEvent.click(screen.getByRole('combobox', { name: /Преподаватели/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Лебедева Наталья', hidden: true }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Создать группу' }));
    expect(await screen.findByText('Окончание раньше начала')).toBeInTheDocument();
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const body = await requests.find((r) => r.method === 'POST')!.json();
    expect(body).toMatchObject({
      programmeId: 'p1',
      title: 'Поток 1',
      startsOn: '2026-12-01',
      endsOn: '2026-11-01',
      trainerIds: ['t1'],
      completion: { attendancePercent: 75, requireAssignments: true, requireFinalTest: true },
      finalTest: { passPercent: 70, attempts: 3, questionsPerModule: 2 },
    });
    expect(
      new URL(requests.find((r) => r.url.includes('/users'))!.url).searchParams.get('role'),
    ).toBe('TRAINER');
  });
});
