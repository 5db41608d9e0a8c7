import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { QuestionBank } from './question-bank';
import { programmeOf } from './test-fixtures';

// two modules: the first with a question, the second with none
const draft = programmeOf({
  modules: [
    {
      title: 'Основы',
      hours: 20,
      topics: [{ title: 'Реестр', hours: 20 }],
      questions: [
        {
          text: 'Что такое госпаблик?',
          multiple: false,
          options: ['Аккаунт', 'Сайт'],
          correct: [0],
        },
      ],
    },
    { title: 'Мониторинг', hours: 16, topics: [], questions: [] },
  ],
});

afterEach(() => vi.restoreAllMocks());

describe('QuestionBank', () => {
  it('lists each module’s questions with the correct answers and passes axe', async () => {
    mockApi({});
    const { container } = renderWithProviders(
      <QuestionBank programme={draft} canManage onReload={() => {}} />,
    );
    const first = screen.getByRole('list', { name: 'Вопросы модуля 1' });
    expect(within(first).getByText('Что такое госпаблик?')).toBeInTheDocument();
    expect(within(first).getByText('правильный')).toBeInTheDocument();
    expect(screen.getByText('В модуле пока нет вопросов.')).toBeInTheDocument();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations).toEqual([]);
  });

  it('adds a multiple-choice question: the whole draft is replaced with its version, other modules untouched', async () => {
    const requests = mockApi({
      'PUT /api/v1/training/programmes/p2': () => json({ ...draft, version: 5 }),
    });
    const { container } = renderWithProviders(
      <QuestionBank programme={draft} canManage onReload={() => {}} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Добавить вопрос в модуль 2' }));
    const form = screen.getByRole('form', { name: 'Новый вопрос в модуле 2' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Текст вопроса/ }), {
      target: { value: 'Что входит в мониторинг?' },
    });
    await userEvent.click(
      within(form).getByRole('radio', { name: 'Несколько правильных ответов' }),
    );
    fireEvent.change(within(form).getByRole('textbox', { name: /^Вариант 1/ }), {
      target: { value: 'Ответы' },
    });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Вариант 2/ }), {
      target: { value: 'Погода' },
    });
    await userEvent.click(within(form).getByRole('button', { name: 'Добавить вариант' }));
    fireEvent.change(within(form).getByRole('textbox', { name: /^Вариант 3/ }), {
      target: { value: 'Сроки' },
    });
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Вариант 1 — правильный' }));
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Вариант 3 — правильный' }));
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations).toEqual([]);
    await userEvent.click(within(form).getByRole('button', { name: 'Сохранить вопрос' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const body = await requests.find((r) => r.method === 'PUT')!.json();
    expect(body).toMatchObject({
      version: 4,
      title: 'Цифровой мост',
      modules: [
        { title: 'Основы', questions: [{ text: 'Что такое госпаблик?', correct: [0] }] },
        {
          title: 'Мониторинг',
          questions: [
            {
              text: 'Что входит в мониторинг?',
              multiple: true,
              options: ['Ответы', 'Погода', 'Сроки'],
              correct: [0, 2],
            },
          ],
        },
      ],
    });
    await waitFor(() =>
      expect(screen.queryByRole('form', { name: 'Новый вопрос в модуле 2' })).toBeNull(),
    );
  });

  it('shows the API’s field errors on the question’s own fields', async () => {
    mockApi({
      'PUT /api/v1/training/programmes/p2': () =>
        json(
          {
            type: '/problems/validation',
            status: 400,
            title: 'Ошибка',
            violations: [
              {
                field: 'update.request.modules[0].questions[0].options[1]',
                message: 'Пустой вариант',
              },
              {
                field: 'modules[0].questions[0].correct',
                message: 'Правильные ответы должны указывать на варианты',
              },
            ],
          },
          400,
        ),
    });
    renderWithProviders(<QuestionBank programme={draft} canManage onReload={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Изменить вопрос 1 модуля 1' }));
    const form = screen.getByRole('form', { name: 'Вопрос 1 модуля 1' });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Вариант 2/ }), {
      target: { value: ' ' },
    });
    await userEvent.click(within(form).getByRole('button', { name: 'Сохранить вопрос' }));
    expect(await within(form).findByText('Пустой вариант')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /^Вариант 2/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(
      within(form).getByText('Правильные ответы должны указывать на варианты'),
    ).toBeInTheDocument();
  });

  it('removes a question; a stale version asks to reload', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const onReload = vi.fn();
    const requests = mockApi({
      'PUT /api/v1/training/programmes/p2': () =>
        json({ type: '/problems/stale-version', title: 'Данные изменились', status: 409 }, 409),
    });
    renderWithProviders(<QuestionBank programme={draft} canManage onReload={onReload} />);
    await userEvent.click(screen.getByRole('button', { name: 'Удалить вопрос 1 модуля 1' }));
    expect(await screen.findByText('Программу уже изменили')).toBeInTheDocument();
    const body = await requests.find((r) => r.method === 'PUT')!.json();
    expect(body.modules[0].questions).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Обновить данные' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('an approved edition is frozen: listed, nothing to change', () => {
    mockApi({});
    renderWithProviders(
      <QuestionBank programme={{ ...draft, status: 'APPROVED' }} canManage onReload={() => {}} />,
    );
    expect(screen.getByText(/утверждённая программа не меняется/)).toBeInTheDocument();
    expect(screen.getByText('Что такое госпаблик?')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Добавить вопрос/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Изменить вопрос/ })).toBeNull();
  });

  it('a trainer only reads a draft’s bank', () => {
    mockApi({});
    renderWithProviders(<QuestionBank programme={draft} canManage={false} onReload={() => {}} />);
    expect(screen.getByText(/могут администраторы и координаторы/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Удалить вопрос/ })).toBeNull();
  });
});
