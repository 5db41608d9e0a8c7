import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import type { TimelineEntry } from '../api/schema';

import { AccountEvaluations } from './account-evaluations';
import { PreliminaryEvaluation } from './preliminary-evaluation';
import { evaluationOf } from './test-fixtures';

function entry(period: string, index: number, phone: number | null): TimelineEntry {
  return {
    evaluationId: `ev-${period}`,
    campaign: { id: `c-${period}`, title: `Мониторинг ${period}`, period },
    criteriaSet: { id: 'set-1', name: 'Цифровой мост — 2022', edition: 1 },
    index,
    initialIndex: index,
    finalIndex: index,
    revision: 1,
    publishedAt: '2023-04-20T10:00:00Z',
    answers: [
      {
        code: 'PROFILE.PHONE',
        title: 'Телефон',
        group: 'PROFILE',
        points: phone,
        maxPoints: 1,
        notApplicable: phone === null,
        recommendation: phone === 0 ? 'Укажите телефон' : null,
      },
    ],
  };
}

describe('AccountEvaluations', () => {
  it('charts the index over campaigns and lists the per-criterion history and the latest advice', async () => {
    mockApi({
      'GET /api/v1/evaluations/timeline': () =>
        json([entry('2022-Q3', 40, null), entry('2022-Q4', 55.5, 0)]),
    });
    renderWithProviders(<AccountEvaluations accountId="acc-1" />);
    expect(
      await screen.findByRole('img', { name: 'Индекс по кампаниям: 2022-Q3: 40,0; 2022-Q4: 55,5' }),
    ).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'История по критериям' });
    const row = within(history).getByRole('row', { name: /Телефон/ });
    expect(row).toHaveTextContent('н/п');
    expect(row).toHaveTextContent('0 из 1');
    expect(screen.getByRole('list', { name: 'Рекомендации по итогам 2022-Q4' })).toHaveTextContent(
      'Укажите телефон',
    );
    expect(screen.getByRole('link', { name: 'Мониторинг 2022-Q4 (2022-Q4)' })).toHaveAttribute(
      'href',
      '/evaluations/ev-2022-Q4',
    );
  });

  it('says when nothing is published yet', async () => {
    mockApi({ 'GET /api/v1/evaluations/timeline': () => json([]) });
    renderWithProviders(<AccountEvaluations accountId="acc-1" />);
    expect(await screen.findByText('Опубликованных оценок пока нет.')).toBeInTheDocument();
  });
});

describe('PreliminaryEvaluation', () => {
  const inReply = (closes: string) =>
    evaluationOf({
      status: 'APPROVED',
      initialIndex: 61.2,
      campaign: { ...evaluationOf().campaign, stage: 'REPLY', replyClosesAt: closes },
    });

  it('offers an objection per criterion while the reply window is open', async () => {
    mockApi({
      'GET /api/v1/evaluations/ev-1': () => json(inReply('2999-01-01T00:00:00Z')),
      'GET /api/v1/evaluations/ev-1/objections': () => json([]),
    });
    renderWithProviders(<PreliminaryEvaluation id="ev-1" />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Возразить по критерию «Телефон»' }),
    );
    expect(
      await screen.findByRole('form', { name: 'Возражение по критерию «Телефон»' }),
    ).toBeInTheDocument();
    expect(screen.getByText('61,2')).toBeInTheDocument();
  });

  it('offers nothing once the window has closed', async () => {
    mockApi({
      'GET /api/v1/evaluations/ev-1': () => json(inReply('2020-01-01T00:00:00Z')),
      'GET /api/v1/evaluations/ev-1/objections': () => json([]),
    });
    renderWithProviders(<PreliminaryEvaluation id="ev-1" />);
    expect(await screen.findByText(/Период ответа закрыт/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Возразить/ })).not.toBeInTheDocument();
  });
});
