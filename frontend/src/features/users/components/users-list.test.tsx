import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { setSession } from '@/lib/session';
import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { UsersList } from './users-list';

const user = (id: string, email: string) => ({
  id,
  email,
  fullName: email,
  roles: ['ADMIN'],
  active: true,
  version: 0,
  lastLoginAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('UsersList password dialog', () => {
  afterEach(() => setSession(null));

  it.each([
    ['me@example.org', true],
    ['other@example.org', false],
  ])('the password dialog of %s is the own-password form: %s', async (email, own) => {
    setSession({
      accessToken: 'jwt',
      user: {
        kind: 'user',
        id: 'me',
        email: 'me@example.org',
        fullName: 'Я',
        roles: ['ADMIN'],
        organizationId: null,
      },
    });
    mockApi({
      'GET /api/v1/users': () =>
        json({
          items: [user('me', 'me@example.org'), user('other', 'other@example.org')],
          total: 2,
          page: 0,
          size: 20,
        }),
    });
    renderWithProviders(<UsersList ownPasswordForm={() => <p>own password form</p>} />);
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: `Сменить пароль пользователя ${email}` }));
    await screen.findByRole('dialog');
    expect(screen.queryByText('own password form') !== null).toBe(own);
    expect(screen.queryByLabelText(/Новый пароль/) !== null).toBe(!own);
  });
});
