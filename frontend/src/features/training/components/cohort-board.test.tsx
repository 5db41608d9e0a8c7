import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import type { Cohort, RosterEntry } from '../api/training';

import { CohortBoard } from './cohort-board';

const session = (id: string, day: string, topic: string) => ({
  id,
  version: 1,
  startsAt: `${day}T10:00:00Z`,
  endsAt: `${day}T12:00:00Z`,
  topic,
  mode: 'ONLINE' as const,
  link: 'https://meet.example/x',
  address: null,
});

const cohort: Cohort = {
  id: 'c1',
  version: 1,
  programme: { id: 'p1', title: 'Цифровые коммуникации', edition: 1, totalHours: 16 },
  title: 'Группа 1',
  startsOn: '2026-11-01',
  endsOn: '2026-11-20',
  capacity: 20,
  autoIssue: false,
  trainers: [{ id: 't1', fullName: 'Тренер' }],
  completion: { attendancePercent: 75, requireAssignments: true, requireFinalTest: true },
  finalTest: { passPercent: 70, attempts: 3, questionsPerModule: 2 },
  sessions: [session('s1', '2026-11-02', 'Введение'), session('s2', '2026-11-09', 'Практика')],
  enrolled: 2,
  applied: 1,
  updatedAt: '2026-11-01T00:00:00Z',
};

function entry(id: string, surname: string, overrides: Partial<RosterEntry> = {}): RosterEntry {
  return {
    enrolmentId: id,
    status: 'ENROLLED',
    completedOn: null,
    learner: {
      id: `l-${id}`,
      version: 1,
      surname,
      name: 'Анна',
      patronymic: null,
      email: `${id}@example.org`,
      organization: { id: 'o1', name: 'МОУ СОШ № 1' },
      volunteer: false,
      position: null,
      accounts: [],
      personal: null,
    },
    attendance: [],
    assignments: [],
    finalTest: { attempts: 0, bestScorePercent: null, passed: false },
    completion: {
      met: false,
      metOn: null,
      attendedPercent: null,
      missing: ['ATTENDANCE', 'FINAL_TEST'],
    },
    ...overrides,
  } as RosterEntry;
}

const roster = [
  entry('e1', 'Иванова', {
    attendance: [{ sessionId: 's1', status: 'PRESENT' }],
    finalTest: { attempts: 1, bestScorePercent: 80, passed: true },
    completion: { met: true, metOn: '2026-11-20', attendedPercent: 100, missing: [] },
    completedOn: '2026-11-20',
  }),
  entry('e2', 'Петрова'),
  entry('e3', 'Сидорова', { status: 'APPLIED' }),
];

function api() {
  return mockApi({
    'GET /api/v1/training/cohorts/c1': () => json(cohort),
    'GET /api/v1/training/cohorts/c1/roster': () => json(roster),
    'GET /api/v1/training/cohorts/c1/link-requests': () => json([]),
    'GET /api/v1/training/cohorts/c1/assignments': () =>
      json([
        {
          id: 'a1',
          cohortId: 'c1',
          title: 'Контент-план',
          description: null,
          dueAt: '2026-11-15T00:00:00Z',
          required: true,
          selfAssessment: false,
          criteriaSetId: null,
        },
      ]),
    'GET /api/v1/training/assignments/a1/submissions': () =>
      json([
        {
          id: 'sub1',
          assignmentId: 'a1',
          enrolmentId: 'e2',
          attempt: 1,
          text: 'Мой план',
          links: ['https://example.org/plan'],
          submittedAt: '2026-11-10T10:00:00Z',
          late: false,
          grade: null,
          comment: null,
          gradedAt: null,
          selfAssessmentId: null,
        },
      ]),
    'PUT /api/v1/training/sessions/s1/attendance': () => json([]),
    'POST /api/v1/training/submissions/sub1/grade': () => json({}),
    'POST /api/v1/training/sessions/s1/check-in-code': () =>
      json({ sessionId: 's1', code: '482913', expiresAt: '2026-11-02T12:00:00Z' }),
    'POST /api/v1/training/cohorts/c1/certificates': () =>
      json([{ id: 'cert1', number: 'ДМ-2026-000001', fullName: 'Иванова Анна' }]),
    'POST /api/v1/training/enrolments/e3/approve': () => json({}),
    'POST /api/v1/training/cohorts/c1/sessions': () => json({}, 201),
  });
}

describe('CohortBoard', () => {
  it('shows the roster with attendance, test, completion and the applications to decide', async () => {
    const requests = api();
    renderWithProviders(<CohortBoard cohortId="c1" />);
    const table = await screen.findByRole('table', { name: 'Состав группы' });
    const ivanova = within(table).getByRole('row', { name: /Иванова/ });
    expect(ivanova).toHaveTextContent('МОУ СОШ № 1');
    expect(ivanova).toHaveTextContent('100 %');
    expect(ivanova).toHaveTextContent('сдан: 80 %');
    expect(ivanova).toHaveTextContent('Выполнены');
    const petrova = within(table).getByRole('row', { name: /Петрова/ });
    expect(petrova).toHaveTextContent('Не хватает: посещаемости, итогового теста');
    await userEvent.click(screen.getByRole('button', { name: 'Принять заявку: Сидорова Анна' }));
    await waitFor(() =>
      expect(requests.some((r) => r.url.endsWith('/enrolments/e3/approve'))).toBe(true),
    );
  });

  it('marks every enrolled learner of a session at once and sends the marks', async () => {
    const requests = api();
    renderWithProviders(<CohortBoard cohortId="c1" />);
    await screen.findByRole('table', { name: 'Отметки по занятиям' });
    await userEvent.click(screen.getByRole('button', { name: 'Все были' }));
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить отметки' }));
    await waitFor(() =>
      expect(
        requests.some((r) => r.method === 'PUT' && r.url.endsWith('/sessions/s1/attendance')),
      ).toBe(true),
    );
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({
      marks: [
        { enrolmentId: 'e1', status: 'PRESENT' },
        { enrolmentId: 'e2', status: 'PRESENT' },
      ],
    });
  });

  it('grades a submission with a comment, shows the check-in code and what was issued', async () => {
    const requests = api();
    renderWithProviders(<CohortBoard cohortId="c1" />);
    const work = await screen.findByRole('article', { name: 'Петрова Анна' });
    expect(work).toHaveTextContent('Мой план');
    await userEvent.click(within(work).getByText('Не зачтено'));
    await userEvent.type(within(work).getByLabelText('Комментарий'), 'Добавьте сроки');
    await userEvent.click(
      within(work).getByRole('button', { name: 'Оценить работу: Петрова Анна' }),
    );
    await waitFor(() =>
      expect(requests.some((r) => r.url.endsWith('/submissions/sub1/grade'))).toBe(true),
    );
    const grade = requests.find((r) => r.url.endsWith('/submissions/sub1/grade'))!;
    expect(await grade.json()).toEqual({ grade: 'FAIL', comment: 'Добавьте сроки' });

    await userEvent.click(screen.getByRole('button', { name: 'Показать код' }));
    expect(await screen.findByText('482913')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Выдать удостоверения' }));
    const result = await screen.findByRole('status');
    expect(result).toHaveTextContent('Выдано 1 удостоверение');
    expect(result).toHaveTextContent('ДМ-2026-000001 — Иванова Анна');
  });
  it('adds a session to the plan with its link', async () => {
    const requests = api();
    renderWithProviders(<CohortBoard cohortId="c1" />);
    const form = await screen.findByRole('form', { name: 'Новое занятие' });
    await userEvent.type(within(form).getByLabelText(/Тема/), 'Итоги');
    fireEvent.change(within(form).getByLabelText(/Начало/), {
      target: { value: '2026-11-16T10:00' },
    });
    fireEvent.change(within(form).getByLabelText(/Окончание/), {
      target: { value: '2026-11-16T12:00' },
    });
    await userEvent.type(
      within(form).getByLabelText('Ссылка на трансляцию'),
      'https://meet.example/end',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Добавить занятие' }));
    await waitFor(() =>
      expect(requests.some((r) => r.url.endsWith('/cohorts/c1/sessions'))).toBe(true),
    );
    const body = await requests.find((r) => r.url.endsWith('/sessions'))!.json();
    expect(body).toMatchObject({
      topic: 'Итоги',
      mode: 'ONLINE',
      link: 'https://meet.example/end',
    });
    expect(new Date(body.startsAt).getTime()).toBe(new Date('2026-11-16T10:00').getTime());
  });

  it('has no axe violations', async () => {
    api();
    const { container } = renderWithProviders(<CohortBoard cohortId="c1" />);
    await screen.findByRole('article', { name: 'Петрова Анна' });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.passes.length).toBeGreaterThan(10);
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });
});
