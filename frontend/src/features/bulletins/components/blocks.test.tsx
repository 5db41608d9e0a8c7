import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { BlockView } from './blocks';

// WCAG 1.4.10: the server's tables of an issue (six columns of leaders by sector) are wider than a phone; at
// 320 px they made the whole issue page 959 px wider than the window. They scroll in the block instead, and
// the block is then reachable from the keyboard (2.1.1, axe: scrollable-region-focusable).
describe('a block with a table', () => {
  it('scrolls sideways in a named, focusable region of its own', () => {
    render(
      <MantineProvider>
        <BlockView
          block={{
            id: 'b1',
            title: 'Лидеры рейтинга',
            html: '<table class="data"><thead><tr><th scope="col">Организация</th></tr></thead></table>',
          }}
        />
      </MantineProvider>,
    );
    const region = screen.getByRole('group', { name: 'Лидеры рейтинга' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveStyle({ overflowX: 'auto' });
    expect(region).toContainElement(screen.getByRole('table'));
  });
});
