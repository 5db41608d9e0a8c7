import { Button, MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { appTheme } from './theme';

// WCAG 1.4.10 and 1.4.12: Mantine's button has a fixed height and a one-line label that hides what does not
// fit; at 320 px (and with wider letter spacing) the start page's «Bulletin of recommendations» was cut off.
describe('a button of the theme', () => {
  it('wraps a long label and grows with it instead of cutting it', () => {
    render(
      <MantineProvider theme={appTheme}>
        <Button>Bulletin of recommendations</Button>
      </MantineProvider>,
    );
    const button = screen.getByRole('button', { name: 'Bulletin of recommendations' });
    const label = screen.getByText('Bulletin of recommendations');
    expect(label).toHaveStyle({ whiteSpace: 'normal', overflow: 'visible' });
    expect(button).toHaveStyle({ height: 'auto' });
  });
});
