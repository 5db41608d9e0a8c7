import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { NotFoundRoute } from './not-found';
import { SignInRoute } from './sign-in';

// WCAG 2.4.2: each screen names itself in the window's title. The screens without a PageHeader kept the
// start page's «Цифровой мост» in both languages: the sign-in page and «page not found» had the same title.
describe('screens without a page header', () => {
  it('the sign-in page is titled by its heading', async () => {
    document.title = 'Цифровой мост';
    renderWithProviders(<SignInRoute />, { route: '/sign-in' });
    await screen.findByRole('heading', { name: 'Вход' });
    await waitFor(() => expect(document.title).toBe('Вход — Цифровой мост'));
  });

  it('«page not found» has a heading and a title of its own', async () => {
    document.title = 'Цифровой мост';
    renderWithProviders(<NotFoundRoute />, { route: '/nope' });
    await screen.findByRole('heading', { name: 'Страница не найдена' });
    await waitFor(() => expect(document.title).toBe('Страница не найдена — Цифровой мост'));
  });
});
