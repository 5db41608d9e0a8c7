import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';
import { setSession } from '@/lib/session';
import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import type { EffectRevision } from '../api/effect';
import '../i18n';

import { EffectRevisions } from './effect-revisions';

const first: EffectRevision = {
  campaignId: 'c2',
  revision: 1,
  createdAt: '2023-05-01T10:00:00Z',
  cause: 'PUBLICATION',
  reason: null,
  changes: { figures: [], accounts: [] },
};

const second: EffectRevision = {
  campaignId: 'c2',
  revision: 2,
  createdAt: '2023-06-01T10:00:00Z',
  cause: 'RECOMPUTE',
  reason: 'Поздно внесено завершение курса группы 3',
  changes: {
    figures: [
      {
        comparison: 'GRADUATES_VS_NOT_TRAINED',
        group: 'GRADUATES',
        measure: 'MEDIAN_INDEX',
        criterionCode: null,
        nBefore: 5,
        nAfter: 6,
        valueBefore: 70.5,
        valueAfter: 1234.25,
      },
      {
        comparison: 'BEFORE_AFTER',
        group: 'AFTER',
        measure: 'CRITERION_MET_SHARE',
        criterionCode: 'B.PHONE',
        nBefore: null,
        nAfter: 6,
        valueBefore: null,
        valueAfter: 50,
      },
    ],
    accounts: [
      {
        accountId: 'a1',
        accountName: 'Администрация Энска',
        standingBefore: 'NOT_TRAINED',
        standingAfter: 'GRADUATE',
        courseMonthBefore: null,
        courseMonthAfter: '2022-11',
      },
    ],
  },
};

function signIn(roles: ('COORDINATOR' | 'ADMIN' | 'TRAINER')[]) {
  setSession({
    accessToken: 'jwt',
    user: {
      kind: 'user',
      id: 'u1',
      email: 'c@example.org',
      fullName: 'Координатор',
      roles,
      organizationId: null,
    },
  });
}

describe('EffectRevisions', () => {
  afterEach(async () => {
    setSession(null);
    await i18n.changeLanguage('ru');
  });

  it('shows every revision with its reason, what changed and its open data, in the reader’s locale', async () => {
    mockApi({
      'GET /api/v1/training/effect/campaigns/c2/revisions': () => json([second, first]),
    });
    const { container } = renderWithProviders(
      <EffectRevisions campaignId="c2" canRecompute={false} />,
    );
    const entry = (await screen.findByRole('heading', { name: /^Редакция 2 от/ })).closest(
      'article',
    ) as HTMLElement;
    expect(entry).toHaveTextContent('Причина: Поздно внесено завершение курса группы 3');
    expect(entry).toHaveTextContent('Пересчёт координатора');
    const figures = within(entry).getByRole('table', {
      name: 'Изменённые показатели в редакции 2',
    });
    const index = within(figures).getByRole('row', { name: /медианный индекс/ });
    expect(index).toHaveTextContent(/70,5 \(n = 5\)/);
    expect(index).toHaveTextContent(/1\s234,25 \(n = 6\)/);
    const share = within(figures).getByRole('row', { name: /B\.PHONE/ });
    expect(share).toHaveTextContent('нет');
    expect(share).toHaveTextContent(/50\s?%/);
    const moved = within(entry).getByRole('row', { name: /Администрация Энска/ });
    expect(moved).toHaveTextContent('без обучения → выпускник');
    expect(moved).toHaveTextContent(/ноябрь 2022/);
    expect(
      within(entry).getByRole('link', { name: 'Показатели, редакция 2 (CSV)' }),
    ).toHaveAttribute(
      'href',
      expect.stringContaining('/api/v1/open-data/training-effect/c2/revisions/2/files/figures.csv'),
    );
    expect(screen.getByRole('heading', { name: /^Редакция 1 от/ })).toBeInTheDocument();
    // public: no recompute form for a reader
    expect(screen.queryByRole('button', { name: 'Пересчитать' })).not.toBeInTheDocument();
    const results = await axe.run(container, { rules: { region: { enabled: false } } });
    expect(results.violations).toEqual([]);

    await i18n.changeLanguage('en');
    const english = await screen.findByRole('table', { name: 'Figures changed in revision 2' });
    expect(within(english).getByRole('row', { name: /median index/ })).toHaveTextContent(
      /1,234\.25 \(n = 6\)/,
    );
    expect(screen.getByRole('row', { name: /Администрация Энска/ })).toHaveTextContent(
      /November 2022/,
    );
  });

  it('lets a coordinator recompute with a required reason and shows the resulting changelog', async () => {
    signIn(['COORDINATOR']);
    let revisions = [first];
    const requests = mockApi({
      'GET /api/v1/training/effect/campaigns/c2/revisions': () => json(revisions),
      'POST /api/v1/training/effect/campaigns/c2/revisions': () => {
        revisions = [second, first];
        return json(second, 201);
      },
    });
    const { container } = renderWithProviders(<EffectRevisions campaignId="c2" canRecompute />);
    const form = await screen.findByRole('form', { name: 'Пересчёт (координатор)' });
    expect(form).toHaveTextContent(/Текущая редакция: 1 от/);
    // the reason is required before anything is sent
    await userEvent.click(within(form).getByRole('button', { name: 'Пересчитать' }));
    expect(await within(form).findByText('Укажите причину пересчёта')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await userEvent.type(
      within(form).getByRole('textbox', { name: /Причина пересчёта/ }),
      '  Поздно внесено завершение курса группы 3 ',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Пересчитать' }));
    expect(await within(form).findByText(/Редакция 2 опубликована/)).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST');
    expect(await post?.json()).toEqual({ reason: 'Поздно внесено завершение курса группы 3' });
    expect(
      within(form).getByRole('table', { name: 'Изменённые показатели в редакции 2' }),
    ).toBeInTheDocument();
    // the history now lists the new revision, and the form names it as current
    expect(await screen.findByRole('heading', { name: /^Редакция 2 от/ })).toBeInTheDocument();
    expect(form).toHaveTextContent(/Текущая редакция: 2 от/);
    const results = await axe.run(container, { rules: { region: { enabled: false } } });
    expect(results.violations).toEqual([]);
  });

  it('puts the server’s field errors on the reason and explains a conflict', async () => {
    signIn(['ADMIN']);
    let answer = 400;
    mockApi({
      'GET /api/v1/training/effect/campaigns/c2/revisions': () => json([first]),
      'POST /api/v1/training/effect/campaigns/c2/revisions': () =>
        answer === 400
          ? json(
              {
                status: 400,
                title: 'Некорректный запрос',
                violations: [
                  { field: 'recompute.request.reason', message: 'не должно быть пустым' },
                ],
              },
              400,
            )
          : json({ status: 409, title: 'Конфликт', type: 'https://bridge/problems/conflict' }, 409),
    });
    renderWithProviders(<EffectRevisions campaignId="c2" canRecompute />);
    const form = await screen.findByRole('form', { name: 'Пересчёт (координатор)' });
    const reason = within(form).getByRole('textbox', { name: /Причина пересчёта/ });
    await userEvent.type(reason, 'Причина');
    await userEvent.click(within(form).getByRole('button', { name: 'Пересчитать' }));
    expect(await within(form).findByText('не должно быть пустым')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');

    answer = 409;
    await userEvent.click(within(form).getByRole('button', { name: 'Пересчитать' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      /Одновременно выполнялся другой пересчёт/,
    );
  });
});
