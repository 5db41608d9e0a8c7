import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import type { Cohort } from '../api/training';

import { CohortForm } from './cohort-form';

const cohort: Cohort = {
  id: 'k1',
  version: 3,
  programme: { id: 'p1', title: 'Цифровой мост', edition: 2, totalHours: 16 },
  title: 'Поток 1',
  startsOn: '2026-11-01',
  endsOn: '2026-11-20',
  capacity: 20,
  autoIssue: false,
  trainers: [{ id: 'saved', fullName: 'Сергеев Пётр' }],
  completion: { attendancePercent: 75, requireAssignments: true, requireFinalTest: true },
  finalTest: { passPercent: 70, attempts: 3, questionsPerModule: 2 },
  sessions: [],
  enrolled: 0,
  applied: 0,
  updatedAt: '2026-11-01T00:00:00Z',
};

describe('CohortForm', () => {
  it('offers approved programmes and the trainers, and shows a server error on its field', async () => {
    const requests = mockApi({
      'GET /api/v1/training/programmes': (request) => {
        const status = new URL(request.url).searchParams.get('status');
        const all = [
          { id: 'p1', title: 'Цифровой мост', edition: 2, status: 'APPROVED' },
          { id: 'p0', title: 'Черновик', edition: 3, status: 'DRAFT' },
        ];
        const items = all.filter((p) => status === null || p.status === status);
        return json({ items, total: items.length, page: 0, size: 20 });
      },
      'GET /api/v1/training/cohorts': () => json({ items: [], total: 0, page: 0, size: 50 }),
      'GET /api/v1/staff': () =>
        json({
          items: [{ id: 't1', displayName: 'Лебедева Наталья' }],
          total: 1,
          page: 0,
          size: 20,
        }),
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
    renderWithProviders(<CohortForm />);
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
      new URL(requests.find((r) => r.url.includes('/staff'))!.url).searchParams.get('role'),
    ).toBe('TRAINER');
  });

  it('finds a trainer past the first page by asking the server, and keeps the saved ones', async () => {
    const first = Array.from({ length: 20 }, (_, i) => ({
      id: `t${i}`,
      displayName: `Преподаватель ${i}`,
    }));
    const late = { id: 'late', displayName: 'Яковлева Ольга' };
    const requests = mockApi({
      'GET /api/v1/training/programmes': () => json({ items: [], total: 0, page: 0, size: 50 }),
      'GET /api/v1/training/cohorts': () => json({ items: [], total: 0, page: 0, size: 50 }),
      'GET /api/v1/staff': (request) => {
        const q = new URL(request.url).searchParams.get('q');
        const found =
          q === null ? first : [...first, late].filter((m) => m.displayName.includes(q));
        return json({ items: found, total: q === null ? 240 : found.length, page: 0, size: 20 });
      },
      'PUT /api/v1/training/cohorts/k1': (request) => request.json().then((body) => json(body)),
    });
    const user = userEvent.setup();
    renderWithProviders(<CohortForm cohort={cohort} onSaved={() => undefined} />);
    // the saved trainer, not among the first page, shows by name
    const pills = () =>
      [...document.querySelectorAll('.mantine-Pill-label')].map((pill) => pill.textContent);
    await waitFor(() => expect(pills()).toEqual(['Сергеев Пётр']));
    const picker = screen.getByRole('combobox', { name: /Преподаватели/ });
    await user.type(picker, 'Ольга');
    await user.click(await screen.findByRole('option', { name: 'Яковлева Ольга', hidden: true }));
    expect(pills()).toEqual(['Сергеев Пётр', 'Яковлева Ольга']);
    const searched = requests
      .filter((r) => r.url.includes('/staff'))
      .map((r) => new URL(r.url).searchParams);
    expect(searched.map((p) => [p.get('role'), p.get('q')])).toContainEqual(['TRAINER', 'Ольга']);

    await user.click(screen.getByRole('button', { name: 'Сохранить поток' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const body = await requests.find((r) => r.method === 'PUT')!.json();
    expect(body.trainerIds).toEqual(['saved', 'late']);
  });

  it('finds an approved programme past the first page by asking the server for its title', async () => {
    const first = Array.from({ length: 20 }, (_, i) => ({
      id: `p${i}`,
      title: `Программа ${i}`,
      edition: 1,
      status: 'APPROVED',
    }));
    const late = { id: 'late', title: 'Ясные ответы жителям', edition: 4, status: 'APPROVED' };
    const requests = mockApi({
      'GET /api/v1/training/programmes': (request) => {
        const q = new URL(request.url).searchParams.get('q');
        const found = q === null ? first : [...first, late].filter((p) => p.title.includes(q));
        return json({ items: found, total: q === null ? 75 : found.length, page: 0, size: 20 });
      },
      'GET /api/v1/training/cohorts': () => json({ items: [], total: 0, page: 0, size: 50 }),
      'GET /api/v1/staff': () => json({ items: [], total: 0, page: 0, size: 20 }),
      'POST /api/v1/training/cohorts': () =>
        json({ status: 400, title: 'Ошибка', violations: [] }, 400),
    });
    const user = userEvent.setup();
    renderWithProviders(<CohortForm />);
    const programme = screen.getByRole('combobox', { name: /Программа/ });
    await user.type(programme, 'Ясные');
    await user.click(
      await screen.findByRole('option', { name: 'Ясные ответы жителям (4)', hidden: true }),
    );
    const searched = requests
      .filter((r) => r.url.includes('/training/programmes'))
      .map((r) => new URL(r.url).searchParams);
    expect(searched.map((p) => [p.get('status'), p.get('q')])).toContainEqual([
      'APPROVED',
      'Ясные',
    ]);
    await user.click(screen.getByRole('button', { name: 'Создать группу' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const body = await requests.find((r) => r.method === 'POST')!.json();
    expect(body.programmeId).toBe('late');
  });
});
