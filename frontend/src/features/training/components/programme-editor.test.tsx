import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { ProgrammeEditor } from './programme-editor';
import { programmeOf } from './test-fixtures';

const draft = programmeOf();

describe('ProgrammeEditor', () => {
  it('saves a draft edition with its version, keeps the question bank and shows server errors on fields', async () => {
    const requests = mockApi({
      'PUT /api/v1/training/programmes/p2': () =>
        json(
          {
            status: 400,
            title: 'Ошибка',
            violations: [
              { field: 'modules', message: 'Часы модулей не равны общему числу часов' },
              { field: 'issuer.inn', message: 'Неверная контрольная цифра ИНН' },
            ],
          },
          400,
        ),
    });
    const { container } = renderWithProviders(<ProgrammeEditor programme={draft} />);
    const hours = screen.getByRole('textbox', { name: /Всего часов/ });
    await userEvent.clear(hours);
    await userEvent.type(hours, '40');
    await userEvent.click(screen.getByRole('button', { name: 'Добавить тему' }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Тема 2/ }), {
      target: { value: 'Мониторинг' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить черновик' }));
    expect(await screen.findByText('Часы модулей не равны общему числу часов')).toBeInTheDocument();
    expect(screen.getByText('Неверная контрольная цифра ИНН')).toBeInTheDocument();
    // the focus moves to the first field the server's violations marked (WCAG 3.3.1)
    const firstInvalid = container.querySelector('form [aria-invalid="true"]');
    expect(firstInvalid).not.toBeNull();
    await waitFor(() => expect(firstInvalid).toHaveFocus());
    const body = await requests.find((r) => r.method === 'PUT')!.json();
    expect(body).toMatchObject({
      version: 4,
      totalHours: 40,
      form: 'BLENDED',
      outcomes: ['Ведёт аккаунт'],
      modules: [
        {
          title: 'Основы',
          hours: 36,
          topics: [{ title: 'Реестр', hours: 36 }, { title: 'Мониторинг' }],
          questions: [{ text: 'Вопрос' }],
        },
      ],
      issuer: { inn: '7707083893', licenceDate: '2020-01-15' },
    });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations).toEqual([]);
  });

  it('creates a programme with POST', async () => {
    const requests = mockApi({
      'POST /api/v1/training/programmes': () => json({ ...draft, id: 'p9' }, 201),
    });
    renderWithProviders(<ProgrammeEditor />);
    await userEvent.type(screen.getByRole('textbox', { name: /^Название$|^Название \*/ }), 'Новая');
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить черновик' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const body = await requests.find((r) => r.method === 'POST')!.json();
    expect(body).toMatchObject({ title: 'Новая', totalHours: 36, form: 'BLENDED' });
    expect(body).not.toHaveProperty('version');
  });
});
