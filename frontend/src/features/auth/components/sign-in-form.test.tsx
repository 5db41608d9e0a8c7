import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { getSession } from '@/lib/session';
import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { SignInForm } from './sign-in-form';

const me = {
  id: 'u1',
  email: 'coordinator@demo.bridge',
  fullName: 'Координатор',
  roles: ['COORDINATOR'],
};

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/Электронная почта/), email);
  await user.type(screen.getByLabelText(/Пароль/), password);
  await user.click(screen.getByRole('button', { name: 'Войти' }));
}

describe('SignInForm', () => {
  it('asks for both fields before calling the server', async () => {
    const requests = mockApi({});
    renderWithProviders(<SignInForm onSuccess={vi.fn()} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Войти' }));
    expect(await screen.findAllByText('Обязательное поле')).toHaveLength(2);
    expect(requests).toHaveLength(0);
  });

  it('signs in and keeps the token in memory', async () => {
    const requests = mockApi({
      'POST /api/v1/auth/login': () =>
        json({ accessToken: 'jwt', tokenType: 'Bearer', expiresIn: 300, user: me }),
    });
    const onSuccess = vi.fn();
    renderWithProviders(<SignInForm onSuccess={onSuccess} />);
    await signIn('coordinator@demo.bridge', 'demo-bridge-2026');
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(await requests[0].json()).toEqual({
      email: 'coordinator@demo.bridge',
      password: 'demo-bridge-2026',
    });
    expect(getSession()?.accessToken).toBe('jwt');
    // only the hint that a session exists is stored, never the token itself
    expect(Object.entries(window.localStorage)).toEqual([['bridge.session', '1']]);
  });

  it('says the credentials are wrong on 401', async () => {
    mockApi({
      'POST /api/v1/auth/login': () => json({ status: 401, title: 'Unauthorized' }, 401),
    });
    renderWithProviders(<SignInForm onSuccess={vi.fn()} />);
    await signIn('coordinator@demo.bridge', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Неверная электронная почта или пароль.',
    );
  });

  it('tells how long to wait on 429', async () => {
    mockApi({
      'POST /api/v1/auth/login': () =>
        json({ status: 429, title: 'Too Many Requests' }, 429, { 'Retry-After': '45' }),
    });
    renderWithProviders(<SignInForm onSuccess={vi.fn()} />);
    await signIn('coordinator@demo.bridge', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('Повторите через 45 секунд.');
  });
});
