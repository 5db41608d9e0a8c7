import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import type { Effect, EffectCampaign, EffectGroup } from '../api/effect';

import { EffectPage } from './effect-page';

vi.mock('./effect-chart', () => ({ EffectChart: () => <div data-testid="effect-chart" /> }));

function group(overrides: Partial<EffectGroup> = {}): EffectGroup {
  return {
    accounts: 6,
    suppressed: false,
    indexed: 6,
    medianIndex: 77.75,
    timed: 5,
    medianAnswerHours: 10,
    criteria: [
      { code: 'B.PHONE', title: 'Телефон в профиле', assessed: 6, met: 5, shareMet: 83.33 },
    ],
    ...overrides,
  };
}

const effect: Effect = {
  campaignId: 'c2',
  title: 'Мониторинг 2023-Q1',
  period: '2023-Q1',
  periodStart: '2023-01-01',
  periodEnd: '2023-03-31',
  publishedAt: '2023-05-01T10:00:00Z',
  minimumGroupSize: 5,
  evaluatedAccounts: 120,
  graduates: group(),
  notTrained: group({
    accounts: 110,
    indexed: 108,
    medianIndex: 55,
    timed: 100,
    medianAnswerHours: 30,
    criteria: [
      { code: 'B.PHONE', title: 'Телефон в профиле', assessed: 110, met: 44, shareMet: 40 },
    ],
  }),
  trainedDuringPeriod: 4,
  indexDifference: 22.75,
  answerHoursDifference: -20,
  before: group({
    accounts: 3,
    suppressed: true,
    indexed: 3,
    medianIndex: null,
    timed: 3,
    medianAnswerHours: null,
    criteria: [
      { code: 'B.PHONE', title: 'Телефон в профиле', assessed: 3, met: 1, shareMet: null },
    ],
  }),
  after: group({
    accounts: 3,
    suppressed: true,
    indexed: 3,
    medianIndex: null,
    timed: 3,
    medianAnswerHours: null,
    criteria: [
      { code: 'B.PHONE', title: 'Телефон в профиле', assessed: 3, met: 3, shareMet: null },
    ],
  }),
  trainedWithoutBefore: 1,
  indexChange: null,
  answerHoursChange: null,
  pairedIndexes: 3,
  medianPairedIndexChange: null,
  revision: 2,
  revisedAt: '2023-06-01T10:00:00Z',
  revisionReason: 'Исправлены связи слушателей с аккаунтами',
};

const campaigns: EffectCampaign[] = [
  {
    campaignId: 'c2',
    title: 'Мониторинг 2023-Q1',
    period: '2023-Q1',
    publishedAt: '2023-05-01T10:00:00Z',
    evaluatedAccounts: 120,
    graduates: 6,
    notTrained: 110,
    beforeAfter: 3,
    indexDifference: 22.75,
    indexChange: null,
  },
  {
    campaignId: 'c1',
    title: 'Мониторинг 2022-Q4',
    period: '2022-Q4',
    publishedAt: '2023-02-01T10:00:00Z',
    evaluatedAccounts: 100,
    graduates: 0,
    notTrained: 90,
    beforeAfter: 0,
    indexDifference: null,
    indexChange: null,
  },
];

describe('EffectPage', () => {
  it('shows both comparisons as tables with counts, withholding groups under the minimum', async () => {
    mockApi({
      'GET /api/v1/training/effect': () => json(campaigns),
      'GET /api/v1/training/effect/campaigns/c2': () => json(effect),
      'GET /api/v1/training/effect/campaigns/c2/revisions': () => json([]),
    });
    const { container } = renderWithProviders(
      <EffectPage campaignId={null} onCampaign={() => {}} />,
    );
    const graduates = await screen.findByRole('table', { name: 'Выпускники и люди без обучения' });
    const index = within(graduates).getByRole('row', { name: /Медианный индекс/ });
    expect(index).toHaveTextContent(/77,75/);
    expect(index).toHaveTextContent('n = 6');
    // the figures are a frozen revision, with the reason it was taken
    expect(
      screen.getByText(/Редакция 2 от .*Исправлены связи слушателей с аккаунтами/),
    ).toBeInTheDocument();
    expect(index).toHaveTextContent(/55 \(n = 108\)/);
    expect(index).toHaveTextContent(/\+22,75/);
    const hours = within(graduates).getByRole('row', { name: /Медианное время ответа/ });
    expect(hours).toHaveTextContent(/−20 ч/);
    const phone = within(graduates).getByRole('row', { name: /B\.PHONE/ });
    expect(phone).toHaveTextContent(/83,33\s?%/);
    expect(phone).toHaveTextContent('5 из 6');
    // before/after: three accounts — counts only, and a notice saying why
    const pairs = screen.getByRole('table', { name: 'До и после курса' });
    const pairIndex = within(pairs).getByRole('row', { name: /Медианный индекс/ });
    expect(pairIndex).toHaveTextContent('—');
    expect(pairIndex).toHaveTextContent('n = 3');
    expect(within(pairs).getByRole('row', { name: /B\.PHONE/ })).toHaveTextContent('3 из 3');
    expect(screen.getByText(/В группе меньше 5 аккаунтов/)).toBeInTheDocument();
    // open data links for the selected campaign
    expect(screen.getByRole('link', { name: 'Показатели (CSV)' })).toHaveAttribute(
      'href',
      expect.stringContaining('/api/v1/open-data/training-effect/c2/files/figures.csv'),
    );
    const results = await axe.run(container, { rules: { region: { enabled: false } } });
    expect(results.violations).toEqual([]);
  });

  it('switches the campaign with the selector', async () => {
    mockApi({
      'GET /api/v1/training/effect': () => json(campaigns),
      'GET /api/v1/training/effect/campaigns/c2': () => json(effect),
      'GET /api/v1/training/effect/campaigns/c2/revisions': () => json([]),
    });
    const onCampaign = vi.fn();
    renderWithProviders(<EffectPage campaignId={null} onCampaign={onCampaign} />);
    await screen.findByRole('table', { name: 'Выпускники и люди без обучения' });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Кампания мониторинга' }),
      'c1',
    );
    expect(onCampaign).toHaveBeenCalledWith('c1');
  });
});
