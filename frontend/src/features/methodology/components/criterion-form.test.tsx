import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { referenceHandlers } from '@/testing/registry-fixtures';
import { mockApi, renderWithProviders } from '@/testing/test-utils';

import type { CriterionInput } from '../api/schema';

import { CriterionForm } from './criterion-form';

function renderForm(props: { criterion?: CriterionInput; takenCodes?: string[] } = {}) {
  mockApi(referenceHandlers);
  const onSubmit = vi.fn();
  renderWithProviders(
    <CriterionForm
      criterion={props.criterion}
      takenCodes={props.takenCodes ?? []}
      onSubmit={onSubmit}
      onCancel={vi.fn()}
    />,
  );
  return { onSubmit, user: userEvent.setup() };
}

async function fillBasics(user: ReturnType<typeof userEvent.setup>, code = 'PROFILE.PHONE') {
  await user.type(screen.getByRole('textbox', { name: /^Код/ }), code);
  await user.type(screen.getByRole('textbox', { name: /^Название критерия/ }), 'Телефон');
}

const numeric: CriterionInput = {
  code: 'FEEDBACK.MEDIAN',
  group: 'FEEDBACK',
  title: 'Медиана времени ответа',
  guidance: 'Посчитать по выборке',
  recommendation: 'Отвечать быстрее',
  normative: true,
  weight: 8,
  type: 'DERIVED',
  levels: [],
  thresholds: [
    { bound: 8, points: 2 },
    { bound: 24, points: 1 },
  ],
  direction: 'LOWER_IS_BETTER',
  unit: 'HOURS',
  metric: 'MEDIAN_ANSWER_HOURS',
  platforms: [],
  sectors: ['EDUCATION'],
  organizationKinds: [],
};

describe('CriterionForm', () => {
  it('submits a yes/no criterion with no scale fields', async () => {
    const { onSubmit, user } = renderForm();
    await fillBasics(user, 'profile.phone');
    expect(screen.getByText('Максимум баллов: 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Добавить' }));

    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      code: 'PROFILE.PHONE',
      title: 'Телефон',
      type: 'BOOLEAN',
      weight: 5,
      levels: [],
      thresholds: [],
      direction: undefined,
      unit: undefined,
      metric: undefined,
    });
  });

  it('rejects a malformed code and a code the set already has', async () => {
    const { onSubmit, user } = renderForm({ takenCodes: ['PROFILE.PHONE'] });
    await fillBasics(user, '1BAD');
    await user.click(screen.getByRole('button', { name: 'Добавить' }));
    const code = screen.getByRole('textbox', { name: /^Код/ });
    expect(await screen.findByText(/латинские заглавные буквы/)).toBeInTheDocument();

    await user.clear(code);
    await user.type(code, 'PROFILE.PHONE');
    await user.click(screen.getByRole('button', { name: 'Добавить' }));
    expect(await screen.findByText('Такой код уже есть в этой методике')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('edits the levels of a scale and refuses repeated level values', async () => {
    const { onSubmit, user } = renderForm();
    await fillBasics(user, 'FEEDBACK.QUALITY');
    await user.click(screen.getByRole('radio', { name: 'Шкала' }));

    const levels = screen.getByRole('group', { name: 'Уровни шкалы' });
    expect(within(levels).getAllByRole('textbox', { name: /Название уровня/ })).toHaveLength(2);
    await user.type(screen.getByRole('textbox', { name: 'Название уровня 1' }), 'Нет ответа');
    await user.type(screen.getByRole('textbox', { name: 'Название уровня 2' }), 'Формальный');
    await user.click(screen.getByRole('button', { name: 'Добавить уровень' }));
    await user.type(screen.getByRole('textbox', { name: 'Название уровня 3' }), 'По существу');
    expect(screen.getByText('Максимум баллов: 2')).toBeInTheDocument();

    const third = screen.getByRole('textbox', { name: 'Значение уровня 3' });
    await user.clear(third);
    await user.type(third, '1');
    await user.click(screen.getByRole('button', { name: 'Добавить' }));
    expect(await screen.findByText('Значения уровней не должны повторяться')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.clear(third);
    await user.type(third, '2');
    await user.click(screen.getByRole('button', { name: 'Добавить' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      type: 'SCALE',
      levels: [
        { value: 0, label: 'Нет ответа', points: 0 },
        { value: 1, label: 'Формальный', points: 1 },
        { value: 2, label: 'По существу', points: 2 },
      ],
      thresholds: [],
      direction: undefined,
    });
  });

  it('takes thresholds with a direction and unit for a numeric criterion', async () => {
    const { onSubmit, user } = renderForm();
    await fillBasics(user, 'ACTIVITY.POSTS');
    await user.click(screen.getByRole('radio', { name: 'Число' }));

    expect(screen.queryByRole('combobox', { name: /Показатель/ })).not.toBeInTheDocument();
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Направление/ }),
      'HIGHER_IS_BETTER',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: /Единица/ }), 'POSTS_PER_WEEK');
    const bound = screen.getByRole('textbox', { name: /Порог 1/ });
    await user.clear(bound);
    await user.type(bound, '3');
    const points = screen.getByRole('textbox', { name: 'Баллы порога 1' });
    await user.clear(points);
    await user.type(points, '2');
    expect(screen.getAllByText('≥').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Добавить' }));

    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      type: 'NUMERIC',
      thresholds: [{ bound: 3, points: 2 }],
      direction: 'HIGHER_IS_BETTER',
      unit: 'POSTS_PER_WEEK',
      metric: undefined,
      levels: [],
    });
  });

  it('needs a metric for a derived criterion and keeps what an existing one had', async () => {
    const { onSubmit, user } = renderForm({ criterion: numeric });
    expect(screen.getByRole('radio', { name: 'По выборке вопросов' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: /Показатель/ })).toHaveValue('MEDIAN_ANSWER_HOURS');
    expect(screen.getByText('Максимум баллов: 2')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: /Показатель/ }), '');
    await user.click(screen.getByRole('button', { name: 'Применить' }));
    expect(await screen.findByText('Обязательное поле')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.selectOptions(
      screen.getByRole('combobox', { name: /Показатель/ }),
      'P90_ANSWER_HOURS',
    );
    await user.click(screen.getByRole('button', { name: 'Применить' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toEqual({ ...numeric, metric: 'P90_ANSWER_HOURS' });
  });

  it('switching a scale back to yes/no drops its levels from what is submitted', async () => {
    const { onSubmit, user } = renderForm();
    await fillBasics(user);
    await user.click(screen.getByRole('radio', { name: 'Шкала' }));
    await user.click(screen.getByRole('radio', { name: 'Да / нет' }));
    expect(screen.queryByRole('group', { name: 'Уровни шкалы' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Добавить' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0].levels).toEqual([]);
  });
});
