import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import type { SelfAssessment } from '../api/self-assessment';

import { SelfAssessmentView } from './self-assessment-view';

const row = (code: string, overrides: Record<string, unknown>) => ({
  code,
  title: `Критерий ${code}`,
  weight: 20,
  maxPoints: 2,
  mineNotApplicable: false,
  mineValue: 1,
  minePoints: 1,
  expertsAssessed: true,
  expertsNotApplicable: false,
  expertsValue: 2,
  expertsPoints: 2,
  expertsMaxPoints: 2,
  agreement: 'MINE_LOWER',
  ...overrides,
});

const assessment = {
  id: 'sa1',
  assignmentId: 'a1',
  assignmentTitle: 'Самооценка своего аккаунта',
  enrolmentId: 'e1',
  learnerName: 'Иванова Мария Петровна',
  account: { id: 'acc1', displayName: 'Школа № 1', url: 'https://vk.com/s1', platform: 'VK' },
  methodology: { id: 'm1', name: 'Методика', edition: 2 },
  index: 61.5,
  applicable: 4,
  filled: 4,
  answers: [],
  submission: {
    id: 'sub1',
    assignmentId: 'a1',
    enrolmentId: 'e1',
    attempt: 1,
    text: 'Самооценка',
    links: [],
    submittedAt: '2026-11-10T10:00:00Z',
    late: false,
    grade: null,
    comment: null,
    gradedAt: null,
    selfAssessmentId: 'sa1',
  },
  experts: {
    evaluationId: 'ev1',
    campaignId: 'c1',
    campaignTitle: 'Мониторинг',
    period: '2023-Q1',
    criteriaSetId: 'm1',
    sameMethodology: true,
    index: 69.2,
    revisedAt: '2026-10-01T00:00:00Z',
  },
  indexDifference: -7.7,
  comparison: [
    row('S.QUALITY', {}),
    row('B.PHONE', {
      maxPoints: 1,
      minePoints: 1,
      expertsPoints: 1,
      expertsMaxPoints: 1,
      agreement: 'SAME',
    }),
    row('C.PLAYBILL', {
      mineNotApplicable: true,
      minePoints: null,
      expertsNotApplicable: true,
      expertsPoints: null,
      agreement: 'SAME',
    }),
  ],
} as unknown as SelfAssessment;

describe('SelfAssessmentView', () => {
  it('shows both indexes and mine beside the experts criterion by criterion', async () => {
    mockApi({ 'GET /api/v1/training/self-assessments/sa1': () => json(assessment) });
    const { container } = renderWithProviders(<SelfAssessmentView id="sa1" />);
    const table = await screen.findByRole('table');
    expect(screen.getByText('61,5')).toBeInTheDocument();
    expect(screen.getByText('69,2')).toBeInTheDocument();
    expect(screen.getByText(/7,7/)).toBeInTheDocument();
    const quality = within(table).getByRole('row', { name: /S\.QUALITY/ });
    expect(within(quality).getByText('1 из 2')).toBeInTheDocument();
    expect(within(quality).getByText('2 из 2')).toBeInTheDocument();
    expect(within(quality).getByText('я ниже')).toBeInTheDocument();
    const playbill = within(table).getByRole('row', { name: /C\.PLAYBILL/ });
    expect(within(playbill).getAllByText('не применимо')).toHaveLength(2);
    expect(screen.getByText(/никогда не публикуется/)).toBeInTheDocument();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });

  it('says when the account has no published evaluation', async () => {
    mockApi({
      'GET /api/v1/training/self-assessments/sa1': () =>
        json({ ...assessment, experts: null, indexDifference: null }),
    });
    renderWithProviders(<SelfAssessmentView id="sa1" />);
    expect(await screen.findByText(/Опубликованной оценки экспертов/)).toBeInTheDocument();
  });
});
