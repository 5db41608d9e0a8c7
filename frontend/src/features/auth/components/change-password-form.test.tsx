import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { getSession, setSession } from '@/lib/session';
import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { ChangePasswordForm } from './change-password-form';

const me = {
  kind: 'user' as const,
  id: 'u1',
  email: 'admin@demo.bridge',
  fullName: 'Админ',
  roles: ['ADMIN' as const],
  organizationId: null,
};

async function fill(current: string, next: string) {
  const user = userEvent.setup();
  if (current) await user.type(screen.getByLabelText(/Текущий пароль/), current);
  if (next) await user.type(screen.getByLabelText(/Новый пароль/), next);
  await user.click(screen.getByRole('button', { name: 'Сменить пароль' }));
}

describe('ChangePasswordForm', () => {
  afterEach(() => setSession(null));

  it('asks for the current password before calling the server', async () => {
    const requests = mockApi({});
    renderWithProviders(<ChangePasswordForm onDone={vi.fn()} />);
    await fill('', 'new-password-2026');
    expect(await screen.findByText('Обязательное поле')).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(screen.getByLabelText(/Текущий пароль/)).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(requests).toHaveLength(0);
  });

  it('sends both passwords to /me/password and keeps the new session', async () => {
    setSession({ accessToken: 'old', user: me });
    const requests = mockApi({
      'POST /api/v1/me/password': () =>
        json({ accessToken: 'fresh', tokenType: 'Bearer', expiresIn: 300, user: me }),
    });
    const onDone = vi.fn();
    renderWithProviders(<ChangePasswordForm onDone={onDone} />);
    await fill('demo-bridge-2026', 'new-password-2026');
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await requests[0].json()).toEqual({
      currentPassword: 'demo-bridge-2026',
      newPassword: 'new-password-2026',
    });
    expect(getSession()?.accessToken).toBe('fresh');
  });

  it.each([
    ['currentPassword', /Текущий пароль/, 'Текущий пароль указан неверно'],
    ['newPassword', /Новый пароль/, 'Это один из самых распространённых паролей, выберите другой'],
  ])('shows the server violation of %s on its field', async (field, label, message) => {
    mockApi({
      'POST /api/v1/me/password': () =>
        json({ status: 400, title: 'Bad Request', violations: [{ field, message }] }, 400),
    });
    const onDone = vi.fn();
    renderWithProviders(<ChangePasswordForm onDone={onDone} />);
    await fill('wrong-password', 'password-1234');
    expect(await screen.findByText(message)).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(screen.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });
});
