import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import type { Evaluation, SaveAnswersBody } from '../api/schema';

import { EvaluationEditor } from './evaluation-editor';
import { evaluationOf } from './test-fixtures';

function handlers(
  evaluation: Evaluation,
  extra: Record<string, (r: Request) => Response | Promise<Response>> = {},
) {
  return {
    'GET /api/v1/evaluations/ev-1': () => json(evaluation),
    'GET /api/v1/criteria-sets/set-1': () =>
      json({ id: 'set-1', criteria: [{ id: 'phone', recommendation: 'Укажите телефон' }] }),
    'GET /api/v1/evaluations/ev-1/questions': () =>
      json({ items: [], answerTimes: evaluation.answerTimes }),
    ...extra,
  };
}

describe('EvaluationEditor', () => {
  it('shows the live index, autosaves with the version and then the server’s index', async () => {
    const evaluation = evaluationOf();
    // the save is answered when the test says so: on a loaded machine the 800 ms pause before it can pass
    // between two steps of the test
    let answerSave = () => {};
    const saveAnswered = new Promise<void>((resolve) => {
      answerSave = resolve;
    });
    const requests = mockApi(
      handlers(evaluation, {
        'PUT /api/v1/evaluations/ev-1/answers': async (request) => {
          const body = (await request.json()) as SaveAnswersBody;
          await saveAnswered;
          return json({
            ...evaluation,
            version: body.version + 1,
            index: 18.2,
            answers: evaluation.answers.map((a) =>
              a.criterionId === 'phone'
                ? { ...a, value: 0, points: 0, recommendation: 'Укажите телефон' }
                : a,
            ),
          });
        },
      }),
    );
    renderWithProviders(<EvaluationEditor id="ev-1" />);
    const phone = await screen.findByRole('region', { name: 'Телефон' });
    // only the derived median counts so far: 25·1/2 of 25 → 50
    expect(screen.getByTestId('live-index')).toHaveTextContent('50,0');

    await userEvent.click(within(phone).getByRole('radio', { name: 'Нет' }));
    // phone 0 of 10 + median 12.5 of 25 → 35.7, instantly
    expect(screen.getByTestId('live-index')).toHaveTextContent('35,7');
    expect(within(phone).getByRole('textbox', { name: /^Рекомендация/ })).toHaveValue(
      'Укажите телефон',
    );
    // unsaved until the server answers: first the pause in typing, then the save on its way
    expect(screen.getByRole('status')).toHaveTextContent(
      /^(Есть несохранённые изменения|Сохранение…)$/,
    );
    expect(await screen.findByText('Сохранение…')).toBeInTheDocument();
    expect(screen.queryByTestId('saved-index')).not.toHaveTextContent('18,2');

    answerSave();
    expect(await screen.findByText(/^Сохранено в \d{2}:\d{2}$/)).toBeInTheDocument();
    expect(screen.getByTestId('saved-index')).toHaveTextContent('18,2');
    const put = requests.find((r) => r.method === 'PUT');
    expect(await put?.json()).toEqual({
      version: 3,
      answers: [
        {
          criterionId: 'phone',
          value: 0,
          notApplicable: false,
          recommendation: 'Укажите телефон',
        },
      ],
    });
  });

  it('shows the coordinator’s return comment', async () => {
    mockApi(
      handlers(
        evaluationOf({ status: 'RETURNED', reviewComment: 'Добавьте ссылки на подтверждение' }),
      ),
    );
    renderWithProviders(<EvaluationEditor id="ev-1" />);
    expect(await screen.findByText('Добавьте ссылки на подтверждение')).toBeInTheDocument();
    expect(screen.getByText('Оценка возвращена координатором на доработку')).toBeInTheDocument();
  });

  it('puts submit problems on their criteria and moves focus to the first one', async () => {
    const evaluation = evaluationOf();
    mockApi(
      handlers(evaluation, {
        'POST /api/v1/evaluations/ev-1/submit': () =>
          json(
            {
              type: '/problems/evaluation-incomplete',
              title: 'Оценка не заполнена',
              detail: 'Заполните все применимые критерии',
              status: 422,
              violations: [
                { field: 'answers.FEEDBACK.QUALITY', message: 'Нет значения' },
                { field: 'answers.PROFILE.PHONE', message: 'Нет значения' },
              ],
            },
            422,
          ),
      }),
    );
    renderWithProviders(<EvaluationEditor id="ev-1" />);
    const submit = await screen.findByRole('button', { name: 'Отправить на проверку' });
    await userEvent.click(submit);

    expect(await screen.findByRole('alert')).toHaveTextContent('Заполните все применимые критерии');
    const phone = screen.getByRole('region', { name: 'Телефон' });
    const quality = screen.getByRole('region', { name: 'Качество ответов' });
    expect(within(phone).getByText('Нет значения')).toBeInTheDocument();
    expect(within(quality).getByText('Нет значения')).toBeInTheDocument();
    await vi.waitFor(() => expect(within(phone).getByRole('radio', { name: 'Да' })).toHaveFocus());
  });

  it('does not submit when Enter is pressed in a field', async () => {
    const requests = mockApi(handlers(evaluationOf()));
    renderWithProviders(<EvaluationEditor id="ev-1" />);
    const phone = await screen.findByRole('region', { name: 'Телефон' });
    await userEvent.type(
      within(phone).getByRole('textbox', { name: 'Примечание к подтверждению' }),
      'раздел{Enter}',
    );
    expect(requests.some((r) => r.url.endsWith('/submit'))).toBe(false);
  });

  it('tells about a stale version and offers to reload, keeping what was typed', async () => {
    const evaluation = evaluationOf();
    let serverVersion = 3;
    const saves: SaveAnswersBody[] = [];
    mockApi(
      handlers(evaluation, {
        'GET /api/v1/evaluations/ev-1': () => json({ ...evaluation, version: serverVersion }),
        'PUT /api/v1/evaluations/ev-1/answers': async (request) => {
          const body = (await request.json()) as SaveAnswersBody;
          saves.push(body);
          if (body.version !== serverVersion) {
            return json({ type: '/problems/stale-version', title: 'Конфликт', status: 409 }, 409);
          }
          // the server answers with what it saved
          return json({
            ...evaluation,
            version: serverVersion + 1,
            answers: evaluation.answers.map((answer) => {
              const sent = body.answers.find((a) => a.criterionId === answer.criterionId);
              return sent ? { ...answer, evidenceNote: sent.evidenceNote ?? null } : answer;
            }),
          });
        },
      }),
    );
    renderWithProviders(<EvaluationEditor id="ev-1" />);
    const phone = await screen.findByRole('region', { name: 'Телефон' });
    const note = within(phone).getByRole('textbox', { name: 'Примечание к подтверждению' });
    // someone saves the evaluation in another tab
    serverVersion = 9;
    await userEvent.type(note, 'Контакты');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Оценку уже изменили');
    expect(note).toHaveValue('Контакты');
    await userEvent.click(
      within(alert).getByRole('button', { name: 'Загрузить актуальную версию' }),
    );
    await vi.waitFor(() =>
      expect(screen.queryByText('Оценку уже изменили')).not.toBeInTheDocument(),
    );
    expect(note).toHaveValue('Контакты');
    // the kept input is saved on top of the newer version
    await vi.waitFor(() =>
      expect(saves[saves.length - 1]).toMatchObject({
        version: 9,
        answers: [{ criterionId: 'phone', evidenceNote: 'Контакты' }],
      }),
    );
    expect(await screen.findByText(/^Сохранено в \d{2}:\d{2}$/)).toBeInTheDocument();
    expect(note).toHaveValue('Контакты');
  });
});
