import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { Preferences } from './preferences';
import { Unsubscribe } from './unsubscribe';

const series = [
  { slug: 'main', title: 'Цифровой мост: бюллетень рекомендаций', description: null },
  { slug: 'training', title: 'Обучение', description: null },
];
const preferences = {
  email: 'r***@example.org',
  series: ['main'],
  language: 'ru',
  status: 'CONFIRMED',
};

describe('Preferences', () => {
  it('saves the series and the language with the token of the link', async () => {
    const requests = mockApi({
      'GET /api/v1/bulletins/series': () => json(series),
      'GET /api/v1/bulletins/subscriptions/preferences': () => json(preferences),
      'PUT /api/v1/bulletins/subscriptions/preferences': async (request) =>
        json({ ...preferences, ...((await request.json()) as object) }),
    });
    const { container } = renderWithProviders(<Preferences token="tok-1" />);
    const training = await screen.findByRole('checkbox', { name: 'Обучение' });
    expect(screen.getByRole('checkbox', { name: /Цифровой мост/ })).toBeChecked();
    await userEvent.click(training);
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect((await axe.run(container)).violations).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByText('Настройки сохранены')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(new URL(put.url).searchParams.get('token')).toBe('tok-1');
    expect(await put.json()).toEqual({ series: ['main', 'training'], language: 'en' });
  });

  it('downloads the data as JSON and wipes it after asking once more', async () => {
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL() {} }),
    );
    const requests = mockApi({
      'GET /api/v1/bulletins/series': () => json(series),
      'GET /api/v1/bulletins/subscriptions/preferences': () => json(preferences),
      'GET /api/v1/bulletins/subscriptions/export': () =>
        json({ email: 'reader@example.org', series: ['main'] }, 200, {
          'Content-Disposition': 'attachment; filename="bulletin-subscription.json"',
        }),
      'DELETE /api/v1/bulletins/subscriptions': () => new Response(null, { status: 204 }),
    });
    renderWithProviders(<Preferences token="tok-2" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Скачать мои данные (JSON)' }));
    await waitFor(() =>
      expect(requests.some((r) => r.url.includes('/subscriptions/export?token=tok-2'))).toBe(true),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Удалить мои данные' }));
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Да, удалить' }));
    expect(await screen.findByText('Данные удалены')).toBeInTheDocument();
    const wipe = requests.find((r) => r.method === 'DELETE')!;
    expect(new URL(wipe.url).searchParams.get('token')).toBe('tok-2');
  });

  it('explains a link without a token instead of calling the server', () => {
    const requests = mockApi({});
    renderWithProviders(<Preferences token="" />);
    expect(screen.getByRole('alert')).toHaveTextContent('В ссылке нет ключа');
    expect(requests).toHaveLength(0);
  });
});

describe('Unsubscribe', () => {
  it('posts the one-click form with the token when the button is pressed, and only then', async () => {
    const requests = mockApi({
      'POST /api/v1/bulletins/unsubscribe': () => new Response(null, { status: 204 }),
    });
    renderWithProviders(<Unsubscribe token="tok-3" />);
    expect(requests).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Отписаться' }));
    expect(await screen.findByText('Вы отписались')).toBeInTheDocument();
    expect(requests).toHaveLength(1);
    const post = requests[0];
    expect(new URL(post.url).searchParams.get('token')).toBe('tok-3');
    expect(post.headers.get('Content-Type')).toContain('application/x-www-form-urlencoded');
    expect(await post.text()).toBe('List-Unsubscribe=One-Click');
  });
});
