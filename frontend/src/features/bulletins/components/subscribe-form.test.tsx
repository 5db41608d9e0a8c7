import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { SubscribeForm } from './subscribe-form';

const series = [
  { slug: 'main', title: 'Цифровой мост: бюллетень рекомендаций', description: null },
  { slug: 'training', title: 'Обучение', description: null },
];

describe('SubscribeForm', () => {
  it('sends the address, the chosen series and the language, then says "check your mail"', async () => {
    const requests = mockApi({
      'GET /api/v1/bulletins/series': () => json(series),
      'POST /api/v1/bulletins/subscriptions': () => new Response(null, { status: 202 }),
    });
    const { container } = renderWithProviders(<SubscribeForm />);
    await userEvent.type(
      screen.getByRole('textbox', { name: /Электронная почта/ }),
      'reader@example.org',
    );
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Обучение' }));
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect((await axe.run(container)).violations).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Подписаться' }));
    expect(await screen.findByText('Проверьте почту')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({
      email: 'reader@example.org',
      series: ['main'],
      language: 'en',
    });
  });

  it('says the same when the server refuses for any reason but a malformed request', async () => {
    mockApi({
      'GET /api/v1/bulletins/series': () => json(series),
      'POST /api/v1/bulletins/subscriptions': () =>
        json({ status: 429, title: 'Слишком много запросов' }, 429),
    });
    renderWithProviders(<SubscribeForm />);
    await screen.findByRole('checkbox', { name: 'Обучение' });
    await userEvent.type(
      screen.getByRole('textbox', { name: /Электронная почта/ }),
      'x@example.org',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Подписаться' }));
    expect(await screen.findByText('Проверьте почту')).toBeInTheDocument();
    expect(screen.queryByText('Слишком много запросов')).not.toBeInTheDocument();
  });

  it('shows a malformed address on its field and stays on the form', async () => {
    mockApi({
      'GET /api/v1/bulletins/series': () => json(series),
      'POST /api/v1/bulletins/subscriptions': () =>
        json(
          {
            status: 400,
            title: 'Ошибка',
            violations: [{ field: 'subscribe.request.email', message: 'Неверный адрес' }],
          },
          400,
        ),
    });
    renderWithProviders(<SubscribeForm />);
    await screen.findByRole('checkbox', { name: 'Обучение' });
    const email = screen.getByRole('textbox', { name: /Электронная почта/ });
    await userEvent.type(email, 'not-an-address');
    await userEvent.click(screen.getByRole('button', { name: 'Подписаться' }));
    expect(await screen.findByText('Неверный адрес')).toBeInTheDocument();
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.queryByText('Проверьте почту')).not.toBeInTheDocument();
  });
});
