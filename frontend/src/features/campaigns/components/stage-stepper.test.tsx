import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/problem';
import { renderWithProviders } from '@/testing/test-utils';

import type { Stage } from '../api/schema';

import { StageStepper } from './stage-stepper';
import { nextStage } from './stages';

describe('nextStage', () => {
  it.each([
    ['PREPARATION', 'EVALUATION'],
    ['EVALUATION', 'REVIEW'],
    ['REVIEW', 'REPLY'],
    ['REPLY', 'FINAL'],
    ['FINAL', 'PUBLISHED'],
    ['PUBLISHED', null],
  ] as const)('after %s comes %s', (stage, next) => {
    expect(nextStage(stage)).toBe(next);
  });
});

describe('StageStepper', () => {
  it.each([
    ['PREPARATION', 'Начать оценку', 'EVALUATION'],
    ['REVIEW', 'Открыть право на ответ', 'REPLY'],
    ['FINAL', 'Опубликовать результаты', 'PUBLISHED'],
  ] as const)('in %s offers «%s» and asks before moving to %s', async (stage, label, to) => {
    const onAdvance = vi.fn();
    renderWithProviders(
      <StageStepper stage={stage as Stage} onAdvance={onAdvance} pending={false} error={null} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: label }));
    expect(onAdvance).not.toHaveBeenCalled();
    expect(await screen.findByText(/Вернуться назад будет нельзя/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Подтвердить' }));
    expect(onAdvance).toHaveBeenCalledWith(to);
  });

  it('marks the current stage and offers nothing after publication', () => {
    renderWithProviders(
      <StageStepper stage="PUBLISHED" onAdvance={vi.fn()} pending={false} error={null} />,
    );
    expect(screen.getByText('Опубликовано')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Начать|Перейти|Открыть|Закрыть|Опубликовать/ }),
    ).not.toBeInTheDocument();
    expect(screen.getByText(/Результаты опубликованы/)).toBeInTheDocument();
  });

  it('cancelling the confirmation moves nothing', async () => {
    const onAdvance = vi.fn();
    renderWithProviders(
      <StageStepper stage="EVALUATION" onAdvance={onAdvance} pending={false} error={null} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Перейти к проверке' }));
    await user.click(await screen.findByRole('button', { name: 'Отмена' }));
    expect(onAdvance).not.toHaveBeenCalled();
  });

  it('shows why the server refused the transition, with what remains', () => {
    const error = new ApiError(409, {
      type: '/problems/campaign-not-approved',
      title: 'Не все оценки утверждены',
      status: 409,
      detail: 'Перейти к праву на ответ можно, когда утверждены все основные оценки.',
      remaining: 3,
    });
    renderWithProviders(
      <StageStepper stage="REVIEW" onAdvance={vi.fn()} pending={false} error={error} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Не все оценки утверждены');
    expect(alert).toHaveTextContent('когда утверждены все основные оценки');
    expect(alert).toHaveTextContent('Осталось: 3 оценки');
  });
});
