import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import { toLocalInput, toOffsetIso } from './datetime';
import { QuestionForm } from './question-form';

async function fill(askedAt: string, answeredAt: string) {
  const user = userEvent.setup();
  await user.type(
    screen.getByRole('textbox', { name: /^Ссылка на вопрос/ }),
    'https://vk.com/wall-1_5',
  );
  // datetime-local inputs have no textbox role; find them by label
  const asked = screen.getByLabelText(/^Когда задан/);
  const answered = screen.getByLabelText(/^Когда дан первый официальный ответ/);
  await user.type(asked, askedAt);
  if (answeredAt) await user.type(answered, answeredAt);
  await user.click(screen.getByRole('button', { name: 'Сохранить' }));
  return { asked, answered };
}

describe('datetime conversion', () => {
  it('sends local wall-clock time with the local offset and reads it back', () => {
    const iso = toOffsetIso('2023-03-01T10:15');
    expect(iso).toMatch(/^2023-03-01T10:15:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso as string).getTime()).toBe(new Date(2023, 2, 1, 10, 15).getTime());
    expect(toLocalInput(iso)).toBe('2023-03-01T10:15');
    expect(toOffsetIso('')).toBeNull();
    expect(toOffsetIso('01.03.2023 10:15')).toBeNull();
  });
});

describe('QuestionForm', () => {
  it('refuses an answer before the question without calling the server', async () => {
    const requests = mockApi({});
    renderWithProviders(<QuestionForm evaluationId="ev-1" onDone={vi.fn()} />);
    const { answered } = await fill('2023-03-02T10:00', '2023-03-01T09:00');
    expect(await screen.findByText('Ответ не может быть раньше вопроса')).toBeInTheDocument();
    expect(answered).toHaveAttribute('aria-invalid', 'true');
    expect(requests).toHaveLength(0);
  });

  it('asks for an http(s) link and the time asked', async () => {
    const requests = mockApi({});
    renderWithProviders(<QuestionForm evaluationId="ev-1" onDone={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^Ссылка на вопрос/ }), 'vk.com/x');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(
      await screen.findByText('Ссылка должна начинаться с http:// или https://'),
    ).toBeInTheDocument();
    expect(screen.getByText('Обязательное поле')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('sends the question with offsets and shows the server’s answeredAt message on the field', async () => {
    const requests = mockApi({
      'POST /api/v1/evaluations/ev-1/questions': () =>
        json(
          {
            type: '/problems/validation',
            title: 'Неверные данные',
            status: 400,
            violations: [{ field: 'answeredAt', message: 'Ответ раньше вопроса' }],
          },
          400,
        ),
    });
    const onDone = vi.fn();
    renderWithProviders(<QuestionForm evaluationId="ev-1" onDone={onDone} />);
    const { answered } = await fill('2023-03-01T10:00', '2023-03-01T12:30');
    expect(await screen.findByText('Ответ раньше вопроса')).toBeInTheDocument();
    expect(answered).toHaveAttribute('aria-invalid', 'true');
    expect(onDone).not.toHaveBeenCalled();
    const body = await requests[0].json();
    expect(body).toEqual({
      url: 'https://vk.com/wall-1_5',
      askedAt: toOffsetIso('2023-03-01T10:00'),
      answeredAt: toOffsetIso('2023-03-01T12:30'),
    });
  });

  it('closes after a successful save', async () => {
    mockApi({
      'POST /api/v1/evaluations/ev-1/questions': () => json({ id: 'q1' }, 201),
    });
    const onDone = vi.fn();
    const onChanged = vi.fn();
    renderWithProviders(<QuestionForm evaluationId="ev-1" onDone={onDone} onChanged={onChanged} />);
    await fill('2023-03-01T10:00', '');
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(onChanged).toHaveBeenCalled();
  });
});
