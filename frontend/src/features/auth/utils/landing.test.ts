import { describe, expect, it } from 'vitest';

import { afterSignIn, landingPath } from './landing';

describe('landing after sign-in', () => {
  it.each([
    [['EXPERT'], '/my/queue'],
    [['COORDINATOR'], '/campaigns'],
    [['REPRESENTATIVE'], '/my/organization'],
    [['LEARNER'], '/my/training'],
    [['ADMIN'], '/admin/users'],
    [['TRAINER'], '/training/cohorts'],
    [['REPRESENTATIVE', 'LEARNER'], '/my/organization'],
    [[], '/registry/accounts'],
  ] as const)('%j lands on %s', (roles, path) => {
    expect(landingPath(roles)).toBe(path);
  });

  it('picks by a fixed priority for several roles, whatever their order', () => {
    expect(landingPath(['EXPERT', 'COORDINATOR'])).toBe('/campaigns');
    expect(landingPath(['COORDINATOR', 'ADMIN'])).toBe('/admin/users');
    expect(landingPath(['REPRESENTATIVE', 'EXPERT'])).toBe('/my/queue');
  });

  it('follows the page that asked for sign-in, but only within the site', () => {
    expect(afterSignIn('/campaigns/42/review', ['EXPERT'])).toBe('/campaigns/42/review');
    expect(afterSignIn(null, ['EXPERT'])).toBe('/my/queue');
    expect(afterSignIn('//evil.example/x', ['EXPERT'])).toBe('/my/queue');
    expect(afterSignIn('https://evil.example/', ['ADMIN'])).toBe('/admin/users');
  });
});
