import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { quarterDates } from './compile-wizard';
import { Editor, moveBlock } from './editor';

function draft(overrides: object = {}) {
  return {
    id: 'i1',
    seriesSlug: 'main',
    number: 4,
    status: 'DRAFT',
    version: 7,
    revision: 0,
    snapshotId: 's1',
    editors: [{ id: 'u1', fullName: 'Координатор Анна' }],
    reviewer: { id: 'u2', fullName: 'Администратор Олег' },
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    publishedAt: null,
    allowed: { edit: true, submit: true, returnToDraft: false, publish: false, correct: false },
    title: 'Итоги мониторинга 2024-Q1',
    periodFrom: '2024-01-01',
    periodTo: '2024-03-31',
    campaignId: 'c1',
    returnComment: null,
    blocks: [
      {
        id: 'b1',
        kind: 'SUMMARY',
        title: 'Итоги',
        markdown: 'Оценено **120** аккаунтов.',
        html: '<p>Оценено <strong>120</strong> аккаунтов.</p>',
        data: { accounts: 120 },
      },
      {
        id: 'b2',
        kind: 'LEADERS',
        title: 'Лидеры',
        markdown: 'Лучшие аккаунты квартала.',
        html: '<p>Лучшие аккаунты квартала.</p>',
        data: { rows: [] },
      },
    ],
    ...overrides,
  };
}

describe('Editor', () => {
  it('edits, reorders, deletes and adds blocks and saves them with the version', async () => {
    const requests = mockApi({
      'GET /api/v1/bulletins/issues/i1/draft': () => json(draft()),
      'PUT /api/v1/bulletins/issues/i1/draft': () => json(draft({ version: 8 })),
    });
    const { container } = renderWithProviders(<Editor id="i1" />);
    const summary = await screen.findByRole('group', { name: 'Блок 1: Итоги' });
    expect((await axe.run(container)).violations).toEqual([]);
    const text = within(summary).getByRole('textbox', { name: /Текст \(Markdown\)/ });
    fireEvent.change(text, { target: { value: 'Оценено 121 аккаунт.' } });
    await userEvent.click(screen.getByRole('button', { name: 'Переместить ниже: Итоги' }));
    expect(screen.getByRole('group', { name: 'Блок 1: Лидеры' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Добавить статью' }));
    const article = screen.getByRole('group', { name: 'Блок 3: Статья' });
    fireEvent.change(within(article).getByRole('textbox', { name: 'Заголовок блока' }), {
      target: { value: 'Набор' },
    });
    fireEvent.change(within(article).getByRole('textbox', { name: /Текст \(Markdown\)/ }), {
      target: { value: 'Открыт набор в группу.' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Удалить блок: Лидеры' }));
    // submitting needs the changes saved first
    expect(screen.getByRole('button', { name: 'Отправить на проверку' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const body = (await requests.find((r) => r.method === 'PUT')!.json()) as {
      version: number;
      title: string;
      blocks: { id: string; kind: string; title: string; markdown: string }[];
    };
    expect(body.version).toBe(7);
    expect(body.title).toBe('Итоги мониторинга 2024-Q1');
    expect(body.blocks.map((b) => b.kind)).toEqual(['SUMMARY', 'ARTICLE']);
    expect(body.blocks[0]).toEqual({
      id: 'b1',
      kind: 'SUMMARY',
      title: 'Итоги',
      markdown: 'Оценено 121 аккаунт.',
    });
    expect(body).toMatchObject({ reviewerId: 'u2', periodFrom: '2024-01-01' });
    expect(body.blocks[1]).toMatchObject({ title: 'Набор', markdown: 'Открыт набор в группу.' });
  });

  it('shows a server violation on the block field it names', async () => {
    mockApi({
      'GET /api/v1/bulletins/issues/i1/draft': () => json(draft()),
      'PUT /api/v1/bulletins/issues/i1/draft': () =>
        json(
          {
            status: 400,
            title: 'Ошибка',
            detail: 'Проверьте поля',
            violations: [
              { field: 'save.request.blocks[1].markdown', message: 'Слишком длинный текст' },
            ],
          },
          400,
        ),
    });
    renderWithProviders(<Editor id="i1" />);
    const leaders = await screen.findByRole('group', { name: 'Блок 2: Лидеры' });
    const text = within(leaders).getByRole('textbox', { name: /Текст \(Markdown\)/ });
    fireEvent.change(text, { target: { value: 'Лучшие аккаунты квартала!' } });
    await userEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await within(leaders).findByText('Слишком длинный текст')).toBeInTheDocument();
    expect(text).toHaveAttribute('aria-invalid', 'true');
  });

  it('previews the saved draft as the server rendered it, never the Markdown', async () => {
    mockApi({ 'GET /api/v1/bulletins/issues/i1/draft': () => json(draft()) });
    renderWithProviders(<Editor id="i1" />);
    await userEvent.click(await screen.findByRole('tab', { name: 'Просмотр: веб' }));
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByText('120').tagName).toBe('STRONG');
    expect(within(panel).queryByText(/\*\*/)).not.toBeInTheDocument();
  });

  it('previews the draft as the e-mail the server would send, sandboxed', async () => {
    mockApi({
      'GET /api/v1/bulletins/issues/i1/draft': () => json(draft()),
      'GET /api/v1/bulletins/issues/i1/draft/mail': () =>
        json({
          subject: 'Бюллетень № 4: Итоги мониторинга 2024-Q1',
          html: '<html><body><p>Оценено 120 аккаунтов.</p></body></html>',
          text: 'Оценено 120 аккаунтов.',
        }),
    });
    renderWithProviders(<Editor id="i1" />);
    await userEvent.click(await screen.findByRole('tab', { name: 'Просмотр: письмо' }));
    expect(await screen.findByText(/Бюллетень № 4: Итоги мониторинга/)).toBeInTheDocument();
    const frame = screen.getByTitle('Письмо в HTML');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('Оценено 120 аккаунтов.');
  });

  it('lets the reviewer publish an issue in review', async () => {
    const requests = mockApi({
      'GET /api/v1/bulletins/issues/i1/draft': () =>
        json(
          draft({
            status: 'REVIEW',
            allowed: {
              edit: false,
              submit: false,
              returnToDraft: true,
              publish: true,
              correct: false,
            },
          }),
        ),
      'POST /api/v1/bulletins/issues/i1/publish': () =>
        json(draft({ status: 'PUBLISHED', version: 8, revision: 1 })),
    });
    renderWithProviders(<Editor id="i1" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Опубликовать' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(await requests.find((r) => r.method === 'POST')!.json()).toEqual({ version: 7 });
    expect(screen.queryByRole('textbox', { name: /Текст \(Markdown\)/ })).not.toBeInTheDocument();
    expect(screen.getByText(/проверяющий: Администратор Олег/)).toBeInTheDocument();
  });
});

describe('editor helpers', () => {
  it('move a block and stop at the ends', () => {
    expect(moveBlock(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveBlock(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveBlock(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('read a campaign period as the dates of its quarter', () => {
    expect(quarterDates('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterDates('2024-Q4')).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(quarterDates('весна 2024')).toBeNull();
  });
});
