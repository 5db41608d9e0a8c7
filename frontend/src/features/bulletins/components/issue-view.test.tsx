import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { IssueView } from './issue-view';

function issue(language: 'ru' | 'en', overrides: object = {}) {
  return {
    id: 'i1',
    seriesSlug: 'main',
    seriesTitle: 'Цифровой мост: бюллетень рекомендаций',
    number: 3,
    revision: 1,
    latest: true,
    title: language === 'en' ? 'Spring review' : 'Весенний выпуск',
    periodFrom: '2026-03-01',
    periodTo: '2026-05-31',
    publishedAt: '2026-06-10T09:00:00Z',
    firstPublishedAt: '2026-06-10T09:00:00Z',
    note: null,
    campaignId: null,
    revisions: [{ revision: 1, publishedAt: '2026-06-10T09:00:00Z', note: null }],
    blocks: [
      {
        id: 'b1',
        kind: 'SUMMARY',
        title: language === 'en' ? 'Summary' : 'Итоги',
        markdown: 'x',
        html: language === 'en' ? '<p>128 accounts assessed.</p>' : '<p>Оценено 128 аккаунтов.</p>',
        data: {},
      },
    ],
    language,
    ...overrides,
  };
}

function show(body: object) {
  mockApi({ 'GET /api/v1/bulletins/series/main/issues/3': () => json(body) });
  return renderWithProviders(<IssueView series="main" number={3} />);
}

describe('IssueView', () => {
  it('marks an English issue’s content with lang="en" inside the Russian interface', async () => {
    const { container } = show(issue('en'));
    const heading = await screen.findByRole('heading', { name: 'Summary' });
    const content = heading.closest('[lang]');
    expect(content?.getAttribute('lang')).toBe('en');
    expect(content).toContainElement(screen.getByText('128 accounts assessed.'));
    expect(screen.getByRole('heading', { level: 2, name: 'Spring review' })).toHaveAttribute(
      'lang',
      'en',
    );
    // the page around the issue stays in the reader's language and is not marked as English
    const chrome = screen.getByText('№ 3');
    expect(chrome.closest('[lang="en"]')).toBeNull();
    expect(container.querySelectorAll('[lang="en"]')).toHaveLength(2);
  });

  it('marks a Russian issue’s content with lang="ru"', async () => {
    show(issue('ru'));
    const heading = await screen.findByRole('heading', { name: 'Итоги' });
    expect(heading.closest('[lang]')?.getAttribute('lang')).toBe('ru');
    expect(screen.getByRole('heading', { level: 2, name: 'Весенний выпуск' })).toHaveAttribute(
      'lang',
      'ru',
    );
  });
});
