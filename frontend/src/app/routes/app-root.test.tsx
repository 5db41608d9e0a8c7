import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { changeLanguage } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';

import { AppRoot } from './app-root';

/** The uppercase group names of the main navigation, in order. */
function groupNames(): string[] {
  const nav = screen.getByRole('navigation');
  const links = new Set(
    within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent),
  );
  return [...nav.querySelectorAll('p')]
    .map((node) => node.textContent ?? '')
    .filter((text) => text !== '' && !links.has(text));
}

// The training and the certificate groups were both «Обучение»: two groups of one name in the menu, and React's
// duplicate-key warning in development (the group's name is its key).
describe('the main navigation', () => {
  afterEach(() => changeLanguage('ru'));

  it.each(['ru', 'en'] as const)('names each group differently (%s)', async (language) => {
    await changeLanguage(language);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWithProviders(<AppRoot />, { route: '/' });
    const names = groupNames();
    expect(names.length).toBeGreaterThan(2);
    expect(new Set(names).size).toBe(names.length);
    expect(errors.mock.calls.filter((call) => String(call[0]).includes('same key'))).toEqual([]);
    errors.mockRestore();
  });
});
