import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import type { Answer, Evaluation, EvaluationPair } from '../api/schema';

import { PairComparison } from './pair-comparison';

function answer(code: string, patch: Partial<Answer>): Answer {
  return {
    criterionId: `c-${code}`,
    position: 0,
    code,
    group: 'PROFILE',
    title: `Критерий ${code}`,
    type: 'BOOLEAN',
    weight: 5,
    maxPoints: 1,
    applicable: true,
    notApplicable: false,
    naReason: null,
    value: 1,
    points: 1,
    evidenceUrl: null,
    evidenceNote: null,
    recommendation: null,
    levels: [],
    thresholds: [],
    direction: null,
    unit: null,
    metric: null,
    guidance: '',
    normative: true,
    ...patch,
  };
}

const levels = [
  { value: 0, label: 'Нет ответа', points: 0 },
  { value: 1, label: 'Формальный', points: 1 },
  { value: 2, label: 'По существу', points: 2 },
];

function evaluation(id: string, expert: string, answers: Answer[]): Evaluation {
  return {
    id,
    version: 4,
    campaign: {
      id: 'camp',
      title: 'Кампания',
      period: '2023-Q1',
      stage: 'REVIEW',
      criteriaSetId: 'set',
      replyClosesAt: null,
    },
    account: { id: 'a1', displayName: 'Школа 1', url: 'https://vk.com/s1', platform: 'VK' },
    organization: {
      id: 'o1',
      name: 'Школа',
      inn: null,
      sector: 'EDUCATION',
      kind: 'MUNICIPAL_INSTITUTION',
    },
    municipality: { id: 'm1', name: 'Балаковский район' },
    expert: { id: `u-${expert}`, fullName: expert },
    role: id === 'p' ? 'PRIMARY' : 'SECOND',
    status: 'SUBMITTED',
    index: 80,
    initialIndex: null,
    finalIndex: null,
    revision: 0,
    reviewComment: null,
    submittedAt: '2023-03-01T10:00:00Z',
    approvedAt: null,
    publishedAt: null,
    updatedAt: '2023-03-01T10:00:00Z',
    completeness: { applicable: 3, filled: 3 },
    answerTimes: {
      questions: 0,
      answered: 0,
      medianHours: null,
      p90Hours: null,
      shareAnswered24h: null,
      shareUnanswered: null,
    },
    answers,
  };
}

const pair: EvaluationPair & { second: Evaluation } = {
  primary: evaluation('p', 'Иванова', [
    answer('PROFILE.PHONE', { value: 1 }),
    answer('FEEDBACK.QUALITY', { type: 'SCALE', levels, value: 2, points: 2, maxPoints: 2 }),
    answer('PROFILE.EMAIL', { value: 0, points: 0 }),
  ]),
  second: evaluation('s', 'Петров', [
    answer('PROFILE.PHONE', { value: 1 }),
    answer('FEEDBACK.QUALITY', { type: 'SCALE', levels, value: 1, points: 1, maxPoints: 2 }),
    answer('PROFILE.EMAIL', { value: 1, points: 1 }),
  ]),
  differences: ['c-FEEDBACK.QUALITY', 'c-PROFILE.EMAIL'],
};

describe('PairComparison', () => {
  it('shows both experts side by side and marks only the criteria they disagree on', () => {
    renderWithProviders(
      <PairComparison pair={pair} pending={false} error={null} onReconcile={vi.fn()} />,
    );
    const table = screen.getByRole('table', { name: 'Сравнение двух оценок' });
    expect(within(table).getByText('Основная: Иванова')).toBeInTheDocument();
    expect(within(table).getByText('Повторная: Петров')).toBeInTheDocument();
    expect(screen.getByText('2 расхождения')).toBeInTheDocument();

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).not.toHaveAttribute('data-difference');
    expect(within(rows[0]).queryByRole('radio')).not.toBeInTheDocument();
    expect(rows[1]).toHaveAttribute('data-difference', 'true');
    expect(within(rows[1]).getByText('2 — По существу')).toBeInTheDocument();
    expect(within(rows[1]).getByText('1 — Формальный')).toBeInTheDocument();
    expect(rows[2]).toHaveAttribute('data-difference', 'true');
    expect(within(rows[2]).getByText('Нет')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Да')).toBeInTheDocument();
  });

  it('sends the chosen value per difference and needs a comment', async () => {
    const onReconcile = vi.fn();
    renderWithProviders(
      <PairComparison pair={pair} pending={false} error={null} onReconcile={onReconcile} />,
    );
    const user = userEvent.setup();
    const email = screen.getByRole('group', { name: 'Итоговое значение PROFILE.EMAIL' });
    await user.click(within(email).getByRole('radio', { name: 'повторная' }));

    await user.click(screen.getByRole('button', { name: 'Согласовать и утвердить' }));
    expect(await screen.findByText('Обязательное поле')).toBeInTheDocument();
    expect(onReconcile).not.toHaveBeenCalled();

    await user.type(
      screen.getByRole('textbox', { name: /Комментарий к согласованию/ }),
      'Почта есть',
    );
    await user.click(screen.getByRole('button', { name: 'Согласовать и утвердить' }));
    expect(onReconcile).toHaveBeenCalledWith({
      comment: 'Почта есть',
      answers: [
        { criterionId: 'c-FEEDBACK.QUALITY', value: 2, notApplicable: false, naReason: undefined },
        { criterionId: 'c-PROFILE.EMAIL', value: 1, notApplicable: false, naReason: undefined },
      ],
    });
  });

  it('waits for the second evaluation before offering to reconcile', () => {
    renderWithProviders(
      <PairComparison
        pair={{ ...pair, second: { ...pair.second, status: 'DRAFT' } }}
        pending={false}
        error={null}
        onReconcile={vi.fn()}
      />,
    );
    expect(screen.getByText(/Повторная оценка ещё не подана/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Согласовать и утвердить' }),
    ).not.toBeInTheDocument();
  });
});
