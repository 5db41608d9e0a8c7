import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { ObjectionForm } from './objection-form';
import { booleanAnswer } from './test-fixtures';

const PATH = 'POST /api/v1/evaluations/ev-1/objections';

describe('ObjectionForm', () => {
  it('needs a comment and an http(s) evidence link before sending', async () => {
    const requests = mockApi({});
    renderWithProviders(
      <ObjectionForm evaluationId="ev-1" answer={booleanAnswer} onDone={vi.fn()} />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^Ссылка на подтверждение/ }), 'ftp://x');
    await user.click(screen.getByRole('button', { name: 'Отправить возражение' }));
    expect(await screen.findByText('Обязательное поле')).toBeInTheDocument();
    expect(screen.getByText('Ссылка должна начинаться с http:// или https://')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('sends the criterion, the comment and the evidence, then closes', async () => {
    const requests = mockApi({ [PATH]: () => json({ id: 'o1' }, 201) });
    const onDone = vi.fn();
    renderWithProviders(
      <ObjectionForm evaluationId="ev-1" answer={booleanAnswer} onDone={onDone} />,
    );
    const user = userEvent.setup();
    await user.type(
      screen.getByRole('textbox', { name: /^Комментарий/ }),
      '  Телефон указан в разделе «Контакты»  ',
    );
    await user.type(
      screen.getByRole('textbox', { name: /^Ссылка на подтверждение/ }),
      'https://vk.com/school1?w=contacts',
    );
    await user.click(screen.getByRole('button', { name: 'Отправить возражение' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await requests[0].json()).toEqual({
      criterionId: 'phone',
      comment: 'Телефон указан в разделе «Контакты»',
      evidenceUrl: 'https://vk.com/school1?w=contacts',
    });
  });

  it('shows a closed reply window above the form and keeps it open', async () => {
    mockApi({
      [PATH]: () =>
        json(
          {
            type: '/problems/objection-window-closed',
            title: 'Период ответа закрыт',
            detail: 'Возражения принимались до 10.04.2023',
            status: 409,
          },
          409,
        ),
    });
    const onDone = vi.fn();
    renderWithProviders(
      <ObjectionForm evaluationId="ev-1" answer={booleanAnswer} onDone={onDone} />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^Комментарий/ }), 'Не согласны');
    await user.click(screen.getByRole('button', { name: 'Отправить возражение' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Возражения принимались до 10.04.2023',
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('puts a server message about the comment on the field', async () => {
    mockApi({
      [PATH]: () =>
        json(
          {
            type: '/problems/validation',
            status: 400,
            violations: [{ field: 'comment', message: 'Комментарий слишком длинный' }],
          },
          400,
        ),
    });
    renderWithProviders(
      <ObjectionForm evaluationId="ev-1" answer={booleanAnswer} onDone={vi.fn()} />,
    );
    const user = userEvent.setup();
    const comment = screen.getByRole('textbox', { name: /^Комментарий/ });
    await user.type(comment, 'Текст');
    await user.click(screen.getByRole('button', { name: 'Отправить возражение' }));
    expect(await screen.findByText('Комментарий слишком длинный')).toBeInTheDocument();
    expect(comment).toHaveAttribute('aria-invalid', 'true');
  });
});
