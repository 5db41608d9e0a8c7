import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/problem';

import type { Evaluation, SaveAnswersBody } from '../api/schema';

import { AnswerDraftStore } from './answer-draft-store';
import { evaluationOf } from './test-fixtures';

type Pending = {
  body: SaveAnswersBody;
  resolve: (e: Evaluation) => void;
  reject: (e: unknown) => void;
};

/** A save function whose calls the test answers by hand. */
function manualSave() {
  const calls: Pending[] = [];
  const save = vi.fn(
    (body: SaveAnswersBody) =>
      new Promise<Evaluation>((resolve, reject) => calls.push({ body, resolve, reject })),
  );
  return { save, calls };
}

/** What the server would answer: the sent answers applied, version + 1. */
function applied(
  base: Evaluation,
  body: SaveAnswersBody,
  extra: Partial<Evaluation> = {},
): Evaluation {
  return {
    ...base,
    version: body.version + 1,
    answers: base.answers.map((answer) => {
      const sent = body.answers.find((a) => a.criterionId === answer.criterionId);
      return sent
        ? {
            ...answer,
            value: sent.value ?? null,
            notApplicable: sent.notApplicable ?? false,
            naReason: sent.naReason ?? null,
            evidenceUrl: sent.evidenceUrl ?? null,
            evidenceNote: sent.evidenceNote ?? null,
            recommendation: sent.recommendation ?? null,
          }
        : answer;
    }),
    ...extra,
  };
}

const flushPromises = () => vi.advanceTimersByTimeAsync(0);

describe('AnswerDraftStore (autosave)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for a pause in typing, then saves only the changed criteria with the version', async () => {
    const evaluation = evaluationOf();
    const { save, calls } = manualSave();
    const store = new AnswerDraftStore(evaluation, save, { delayMs: 800 });
    expect(store.getSnapshot().status.kind).toBe('idle');

    store.update('phone', { value: 1 });
    await vi.advanceTimersByTimeAsync(500);
    store.update('phone', { evidenceUrl: 'https://vk.com/wall-1_1' });
    expect(store.getSnapshot().status.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(700);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().status.kind).toBe('saving');
    expect(calls[0].body).toEqual({
      version: 3,
      answers: [
        {
          criterionId: 'phone',
          value: 1,
          notApplicable: false,
          naReason: undefined,
          evidenceUrl: 'https://vk.com/wall-1_1',
          evidenceNote: undefined,
          recommendation: undefined,
        },
      ],
    });

    calls[0].resolve(applied(evaluation, calls[0].body, { index: 100 }));
    await flushPromises();
    const snapshot = store.getSnapshot();
    expect(snapshot.status.kind).toBe('saved');
    expect(snapshot.unsaved).toBe(false);
    expect(snapshot.evaluation.index).toBe(100);
    expect(store.currentVersion()).toBe(4);
  });

  it('keeps input typed while a save is on its way and sends it next, with the new version', async () => {
    const evaluation = evaluationOf();
    const { save, calls } = manualSave();
    const store = new AnswerDraftStore(evaluation, save, { delayMs: 800 });

    store.update('posts', { value: 2 });
    await vi.advanceTimersByTimeAsync(800);
    store.update('posts', { value: 25 });
    expect(store.getSnapshot().status.kind).toBe('saving');

    calls[0].resolve(applied(evaluation, calls[0].body));
    await flushPromises();
    // the server's older value does not overwrite what was typed meanwhile
    expect(store.getSnapshot().drafts.posts.value).toBe(25);
    expect(store.getSnapshot().status.kind).toBe('pending');

    await vi.advanceTimersByTimeAsync(800);
    expect(calls).toHaveLength(2);
    expect(calls[1].body.version).toBe(4);
    expect(calls[1].body.answers[0].value).toBe(25);
    calls[1].resolve(applied(evaluationOf({ version: 4 }), calls[1].body));
    await flushPromises();
    expect(store.getSnapshot().status.kind).toBe('saved');
    expect(store.getSnapshot().drafts.posts.value).toBe(25);
  });

  it('holds back a criterion with an invalid field and says so', async () => {
    const { save } = manualSave();
    const store = new AnswerDraftStore(evaluationOf(), save, { delayMs: 800 });
    store.update('phone', { evidenceUrl: 'not a link' });
    await vi.advanceTimersByTimeAsync(800);
    expect(save).not.toHaveBeenCalled();
    expect(store.getSnapshot().status.kind).toBe('invalid');
    expect(store.getSnapshot().unsaved).toBe(true);
  });

  it('stops on a stale version, keeps the input, and saves it on top of the reloaded version', async () => {
    const evaluation = evaluationOf();
    const { save, calls } = manualSave();
    const store = new AnswerDraftStore(evaluation, save, { delayMs: 800 });
    store.update('quality', { value: 1 });
    await vi.advanceTimersByTimeAsync(800);
    calls[0].reject(
      new ApiError(409, { type: '/problems/stale-version', title: 'Conflict', status: 409 }),
    );
    await flushPromises();
    expect(store.getSnapshot().status.kind).toBe('stale');

    store.update('quality', { value: 2 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1);
    expect(store.getSnapshot().drafts.quality.value).toBe(2);

    store.adopt(evaluationOf({ version: 7 }), { afterConflict: true });
    expect(store.getSnapshot().drafts.quality.value).toBe(2);
    await vi.advanceTimersByTimeAsync(800);
    expect(calls).toHaveLength(2);
    expect(calls[1].body).toMatchObject({
      version: 7,
      answers: [{ criterionId: 'quality', value: 2 }],
    });
  });

  it('shows the server’s field message on the criterion and tries again after the next change', async () => {
    const { save, calls } = manualSave();
    const store = new AnswerDraftStore(evaluationOf(), save, {
      delayMs: 800,
      errorMessage: (error) => (error as ApiError).problem.title ?? '',
    });
    store.update('phone', { value: 1 });
    store.update('posts', { value: 3 });
    await vi.advanceTimersByTimeAsync(800);
    calls[0].reject(
      new ApiError(400, {
        type: '/problems/validation',
        title: 'Неверные данные',
        status: 400,
        violations: [
          { field: 'answers[1].value', message: 'ACTIVITY.POSTS: значение недопустимо' },
        ],
      }),
    );
    await flushPromises();
    const snapshot = store.getSnapshot();
    expect(snapshot.status).toEqual({ kind: 'error', message: 'Неверные данные' });
    expect(snapshot.serverErrors).toEqual({
      posts: { value: 'ACTIVITY.POSTS: значение недопустимо' },
    });
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1);

    store.update('posts', { value: 4 });
    expect(store.getSnapshot().serverErrors).toEqual({});
    await vi.advanceTimersByTimeAsync(800);
    expect(calls).toHaveLength(2);
    expect(calls[1].body.answers.map((a) => a.criterionId)).toEqual(['phone', 'posts']);
  });

  it('prefills the recommendation when a criterion drops below its maximum, unless the expert wrote one', async () => {
    const { save } = manualSave();
    const store = new AnswerDraftStore(evaluationOf(), save, { delayMs: 800 });
    store.setRecommendations(
      new Map([
        ['phone', 'Укажите телефон'],
        ['quality', 'Отвечайте по существу'],
      ]),
    );
    store.update('phone', { value: 0 });
    expect(store.getSnapshot().drafts.phone.recommendation).toBe('Укажите телефон');
    store.update('quality', { recommendation: 'Своими словами' });
    store.update('quality', { value: 1 });
    expect(store.getSnapshot().drafts.quality.recommendation).toBe('Своими словами');
    store.update('quality', { recommendation: '' });
    store.update('quality', { value: 0 });
    expect(store.getSnapshot().drafts.quality.recommendation).toBe('');
  });

  it('flush saves what is pending at once and reports whether everything reached the server', async () => {
    const evaluation = evaluationOf();
    const save = vi.fn(async (body: SaveAnswersBody) => applied(evaluation, body));
    const store = new AnswerDraftStore(evaluation, save, { delayMs: 800 });
    store.update('phone', { value: 1 });
    await expect(store.flush()).resolves.toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    store.update('phone', { evidenceUrl: 'bad' });
    await expect(store.flush()).resolves.toBe(false);
  });

  it('turns read-only when the server says the evaluation is locked', async () => {
    const { save, calls } = manualSave();
    const store = new AnswerDraftStore(evaluationOf(), save, {
      delayMs: 800,
      errorMessage: () => 'закрыто',
    });
    store.update('phone', { value: 1 });
    await vi.advanceTimersByTimeAsync(800);
    calls[0].reject(new ApiError(409, { type: '/problems/evaluation-locked', status: 409 }));
    await flushPromises();
    expect(store.getSnapshot().status).toEqual({ kind: 'locked', message: 'закрыто' });
    store.update('phone', { value: 0 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1);
  });
});
