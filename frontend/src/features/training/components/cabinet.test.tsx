import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import type { Cabinet as CabinetData, CabinetEnrolment } from '../api/training';

import { Cabinet } from './cabinet';

function enrolment(overrides: Partial<CabinetEnrolment> = {}): CabinetEnrolment {
  return {
    enrolmentId: 'e1',
    status: 'ENROLLED',
    cohort: {
      id: 'c1',
      title: 'Группа 1',
      startsOn: '2026-11-01',
      endsOn: '2026-11-20',
      programmeTitle: 'Цифровые коммуникации',
      totalHours: 16,
    },
    sessions: [
      {
        session: {
          id: 's1',
          startsAt: '2026-11-02T10:00:00Z',
          endsAt: '2026-11-02T12:00:00Z',
          topic: 'Введение',
          mode: 'IN_PERSON',
          link: null,
          address: 'Саратов, ул. Мира, 1',
        },
        attendance: 'PRESENT',
      },
    ],
    assignments: [
      {
        assignment: {
          id: 'a1',
          cohortId: 'c1',
          title: 'Контент-план',
          description: null,
          dueAt: '2026-11-15T00:00:00Z',
          required: true,
          selfAssessment: false,
          criteriaSetId: null,
        },
        latest: {
          id: 'sub1',
          assignmentId: 'a1',
          enrolmentId: 'e1',
          attempt: 1,
          text: 'План',
          links: [],
          submittedAt: '2026-11-10T10:00:00Z',
          late: false,
          grade: 'FAIL',
          comment: 'Добавьте сроки',
          gradedAt: '2026-11-11T10:00:00Z',
          selfAssessmentId: null,
        },
      },
    ],
    finalTest: {
      required: true,
      attemptsUsed: 0,
      attemptsAllowed: 3,
      passPercent: 70,
      passed: false,
      bestScorePercent: null,
      openAttemptId: null,
    },
    completion: {
      met: false,
      metOn: null,
      attendedPercent: 100,
      missing: ['ASSIGNMENTS', 'FINAL_TEST'],
    },
    ...overrides,
  } as CabinetEnrolment;
}

const cabinet = {
  learner: { id: 'l1', surname: 'Иванова', name: 'Анна' },
  enrolments: [enrolment()],
  accounts: [
    {
      id: 'acc1',
      displayName: 'Школа № 1',
      url: 'https://vk.com/s1',
      platform: 'VK',
      latest: {
        evaluationId: 'ev1',
        campaignId: 'cp1',
        indexValue: 72.5,
        revisedAt: '2026-10-01T00:00:00Z',
      },
      recommendations: [{ code: 'R1', title: 'Регулярность', text: 'Публикуйте чаще' }],
    },
  ],
} as unknown as CabinetData;

const attempt = {
  id: 'ta1',
  enrolmentId: 'e1',
  attempt: 1,
  attemptsAllowed: 3,
  passPercent: 70,
  questions: [
    {
      number: 1,
      module: 'М1',
      text: 'Что такое охват?',
      multiple: false,
      options: ['Число людей', 'Лайки'],
    },
    {
      number: 2,
      module: 'М1',
      text: 'Что публиковать?',
      multiple: true,
      options: ['Новости', 'Анонсы', 'Спам'],
    },
  ],
  startedAt: '2026-11-19T10:00:00Z',
  finishedAt: null,
  scorePercent: null,
  passed: null,
};

function api() {
  return mockApi({
    'GET /api/v1/training/me': () => json(cabinet),
    'POST /api/v1/training/check-in': () =>
      json({ sessionId: 's1', topic: 'Введение', status: 'PRESENT' }),
    'POST /api/v1/training/assignments/a1/submissions': () => json({}, 201),
    'POST /api/v1/training/enrolments/e1/test-attempts': () => json(attempt),
    'POST /api/v1/training/test-attempts/ta1/answers': () =>
      json({ ...attempt, finishedAt: '2026-11-19T10:10:00Z', scorePercent: 100, passed: true }),
  });
}

describe('Cabinet', () => {
  it('shows the schedule with own marks, the grade and comment, completion, accounts and certificates link', async () => {
    api();
    renderWithProviders(<Cabinet />);
    const schedule = await screen.findByRole('table', { name: 'Расписание: Группа 1' });
    const row = within(schedule).getByRole('row', { name: /Введение/ });
    expect(row).toHaveTextContent('Был');
    expect(row).toHaveTextContent('Саратов, ул. Мира, 1');
    const work = screen.getByRole('article', { name: 'Контент-план' });
    expect(work).toHaveTextContent('Не зачтено');
    expect(work).toHaveTextContent('Комментарий преподавателя: Добавьте сроки');
    expect(within(work).getByRole('button', { name: 'Сдать заново' })).toBeInTheDocument();
    expect(screen.getByText('Не хватает: зачтённых заданий, итогового теста')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Школа № 1' })).toHaveTextContent('Публикуйте чаще');
    expect(screen.getByRole('link', { name: 'Мои удостоверения' })).toHaveAttribute(
      'href',
      '/my/certificates',
    );
  });

  it('checks in with a code and resubmits a failed assignment with links', async () => {
    const requests = api();
    renderWithProviders(<Cabinet />);
    await userEvent.type(await screen.findByLabelText('Код с экрана преподавателя'), ' 482913 ');
    await userEvent.click(screen.getByRole('button', { name: 'Отметиться' }));
    await waitFor(() =>
      expect(requests.some((r) => r.url.endsWith('/training/check-in'))).toBe(true),
    );
    expect(await requests.find((r) => r.url.endsWith('/check-in'))!.json()).toEqual({
      code: '482913',
    });

    const work = screen.getByRole('article', { name: 'Контент-план' });
    await userEvent.type(within(work).getByLabelText(/Ответ/), 'План со сроками');
    await userEvent.type(
      within(work).getByLabelText('Ссылки'),
      'https://a.example\nhttps://b.example',
    );
    await userEvent.click(within(work).getByRole('button', { name: 'Сдать заново' }));
    await waitFor(() =>
      expect(requests.some((r) => r.url.endsWith('/assignments/a1/submissions'))).toBe(true),
    );
    expect(await requests.find((r) => r.url.endsWith('/submissions'))!.json()).toEqual({
      text: 'План со сроками',
      links: ['https://a.example', 'https://b.example'],
    });
  });

  it('fills in the code from the QR link (?checkin=) so the learner only confirms', async () => {
    const requests = api();
    window.history.pushState({}, '', '/my/training?checkin=654321');
    try {
      renderWithProviders(<Cabinet />);
      expect(await screen.findByLabelText('Код с экрана преподавателя')).toHaveValue('654321');
      await userEvent.click(screen.getByRole('button', { name: 'Отметиться' }));
      await waitFor(() =>
        expect(requests.some((r) => r.url.endsWith('/training/check-in'))).toBe(true),
      );
      expect(await requests.find((r) => r.url.endsWith('/check-in'))!.json()).toEqual({
        code: '654321',
      });
    } finally {
      window.history.pushState({}, '', '/');
    }
  });

  it('takes the final test: single and multiple choice answers as option indexes, then the result', async () => {
    const requests = api();
    renderWithProviders(<Cabinet />);
    expect(await screen.findByText('Осталось 3 попытки')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Начать тест' }));
    await userEvent.click(await screen.findByRole('radio', { name: 'Число людей' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Новости' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Анонсы' }));
    await userEvent.click(screen.getByRole('button', { name: 'Завершить тест' }));
    const result = await screen.findByText('Тест сдан: 100 %');
    expect(result).toBeInTheDocument();
    expect(await requests.find((r) => r.url.endsWith('/answers'))!.json()).toEqual({
      answers: [[0], [0, 1]],
    });
  });
  it('has no axe violations', async () => {
    api();
    const { container } = renderWithProviders(<Cabinet />);
    await screen.findByRole('table', { name: 'Расписание: Группа 1' });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.passes.length).toBeGreaterThan(10);
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });
});
