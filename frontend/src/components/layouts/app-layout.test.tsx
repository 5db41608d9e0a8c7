import { MantineProvider, Title } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { AppLayout } from './app-layout';

function setup() {
  const router = createMemoryRouter(
    [
      {
        element: (
          <AppLayout
            title="Цифровой мост"
            navLabel="Главное меню"
            menuLabel="Меню"
            skipLabel="К содержанию"
            sections={[
              {
                label: 'Реестр',
                items: [
                  { to: '/one', label: 'Первая' },
                  { to: '/two', label: 'Вторая' },
                ],
              },
            ]}
            headerEnd={<button type="button">RU</button>}
          >
            <Outlet />
          </AppLayout>
        ),
        children: [
          {
            path: '/one',
            element: (
              <>
                <Title order={2}>Первая страница</Title>
                <Link to="/two">дальше</Link>
              </>
            ),
          },
          { path: '/two', element: <Title order={2}>Вторая страница</Title> },
        ],
      },
    ],
    { initialEntries: ['/one'] },
  );
  render(
    <MantineProvider>
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  return router;
}

// WCAG 2.4.1 and 2.4.3: axe passes a page with a <main> landmark, but a keyboard user still has to tab through
// the header and the whole menu (an administrator's has 20 links) on every screen, and after a click in the
// menu the focus stayed on the link while the screen changed beside it (a screen reader announced nothing).
describe('AppLayout', () => {
  it('offers a skip link to the main content as the first tab stop', async () => {
    setup();
    await screen.findByRole('heading', { name: 'Первая страница' });
    await userEvent.tab();
    const skip = screen.getByRole('link', { name: 'К содержанию' });
    expect(skip).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('moves the focus to the new screen’s heading after a client-side navigation', async () => {
    setup();
    await screen.findByRole('heading', { name: 'Первая страница' });
    // the first screen of a visit keeps the browser's own start (focus on the document)
    expect(document.body).toHaveFocus();
    await userEvent.click(screen.getByRole('link', { name: 'Вторая' }));
    const heading = await screen.findByRole('heading', { name: 'Вторая страница' });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
