import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { CompileWizard } from './compile-wizard';

const campaign = (id: string, title: string, period: string) => ({
  id,
  title,
  period,
  stage: 'PUBLISHED',
});

/** Twenty recent campaigns on the first page of 250; the old one is found only when searched for. */
function api() {
  const recent = Array.from({ length: 20 }, (_, i) =>
    campaign(`c${i}`, `Мониторинг №${i}`, '2026-Q3'),
  );
  const old = campaign('old', 'Мониторинг школ', '2019-Q2');
  return mockApi({
    'GET /api/v1/bulletins/series': () => json([{ slug: 'main', title: 'Основная серия' }]),
    'GET /api/v1/campaigns': (request) => {
      const q = new URL(request.url).searchParams.get('q');
      if (q === null) return json({ items: recent, total: 251, page: 0, size: 20 });
      const found = [...recent, old].filter((c) =>
        `${c.title} ${c.period}`.toLowerCase().includes(q.toLowerCase()),
      );
      return json({ items: found, total: found.length, page: 0, size: 20 });
    },
  });
}

describe('CompileWizard', () => {
  it('finds a published campaign past the first page by asking the server', async () => {
    const requests = api();
    const user = userEvent.setup();
    const { container } = renderWithProviders(<CompileWizard />);
    const picker = await screen.findByRole('combobox', { name: /^Опубликованная кампания/ });
    await user.type(picker, 'школ');
    await user.click(
      await screen.findByRole('option', { name: 'Мониторинг школ (2019-Q2)', hidden: true }),
    );
    expect(picker).toHaveValue('Мониторинг школ (2019-Q2)');
    const searches = requests.map((r) => new URL(r.url).searchParams).filter((p) => p.has('q'));
    expect(searches.map((p) => [p.get('q'), p.get('stage')])).toContainEqual(['школ', 'PUBLISHED']);

    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);

    // the series, then the next step proposes the title and period of the picked campaign
    await user.click(screen.getByRole('combobox', { name: /^Серия/ }));
    await user.click(await screen.findByRole('option', { name: 'Основная серия', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Далее' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /Название/ })).toHaveValue(
        'Итоги мониторинга 2019-Q2',
      ),
    );
    expect(screen.getByLabelText(/Начало периода/)).toHaveValue('2019-04-01');
  });

  it('says when no published campaign has the typed title', async () => {
    api();
    const user = userEvent.setup();
    renderWithProviders(<CompileWizard />);
    await user.type(
      await screen.findByRole('combobox', { name: /^Опубликованная кампания/ }),
      'нет такой',
    );
    expect(
      await screen.findByText('Опубликованных кампаний с таким названием нет'),
    ).toBeInTheDocument();
  });

  it('finds a reviewer among all the staff by asking the server', async () => {
    const staff = Array.from({ length: 20 }, (_, i) => ({
      id: `s${i}`,
      displayName: `Сотрудник ${i}`,
    }));
    const requests = mockApi({
      'GET /api/v1/bulletins/series': () => json([{ slug: 'main', title: 'Основная серия' }]),
      'GET /api/v1/campaigns': () => json({ items: [], total: 0, page: 0, size: 20 }),
      'GET /api/v1/staff': (request) => {
        const q = new URL(request.url).searchParams.get('q');
        const all = [...staff, { id: 'late', displayName: 'Яковлева Ольга' }];
        const found = q === null ? staff : all.filter((m) => m.displayName.includes(q));
        return json({ items: found, total: q === null ? 21 : found.length, page: 0, size: 20 });
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<CompileWizard />);
    const picker = await screen.findByRole('combobox', { name: /^Проверяющий/ });
    await user.type(picker, 'Ольга');
    await user.click(await screen.findByRole('option', { name: 'Яковлева Ольга', hidden: true }));
    expect(picker).toHaveValue('Яковлева Ольга');
    expect(
      requests.some(
        (r) => new URL(r.url).searchParams.get('q') === 'Ольга' && r.url.includes('/staff'),
      ),
    ).toBe(true);
  });
});
