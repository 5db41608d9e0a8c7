import { describe, expect, it } from 'vitest';

import { ApiError, fieldErrors, matchFieldErrors, problemKind, toApiError } from './problem';

const response = (status: number, headers: Record<string, string> = {}) =>
  new Response(null, { status, headers });

describe('toApiError', () => {
  it('keeps the problem details and extension members', () => {
    const body = {
      type: '/problems/account-url-taken',
      title: 'URL занят',
      status: 409,
      detail: 'Аккаунт с таким адресом уже есть',
      existing: { id: 'a1', url: 'https://vk.com/club1' },
    };
    const error = toApiError(body, response(409));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(409);
    expect(error.kind).toBe('account-url-taken');
    expect(error.message).toBe('Аккаунт с таким адресом уже есть');
    expect(error.problem.existing).toEqual({ id: 'a1', url: 'https://vk.com/club1' });
  });

  it('makes up a problem from the status when the body is not JSON', () => {
    const error = toApiError(
      '<html>Bad gateway</html>',
      new Response(null, { status: 502, statusText: 'Bad Gateway' }),
    );
    expect(error.status).toBe(502);
    expect(error.problem.title).toBe('Bad Gateway');
    expect(error.kind).toBeUndefined();
  });

  it('reads the wait time from Retry-After, else from the body', () => {
    expect(
      toApiError({ status: 429 }, response(429, { 'Retry-After': '42' })).retryAfterSeconds,
    ).toBe(42);
    expect(toApiError({ status: 429, retryAfterSeconds: 7 }, response(429)).retryAfterSeconds).toBe(
      7,
    );
    expect(toApiError({ status: 429 }, response(429)).retryAfterSeconds).toBeUndefined();
  });
});

describe('field errors', () => {
  const problem = {
    status: 400,
    violations: [
      { field: 'url', message: 'Неподдерживаемая платформа' },
      { field: 'url', message: 'second message is ignored' },
      { field: 'create.request.displayName', message: 'Обязательное поле' },
      { field: 'rows[3].inn', message: 'Неверная контрольная сумма' },
      { field: '', message: 'Общая ошибка' },
    ],
  };

  it('keeps the first message per field', () => {
    expect(fieldErrors(problem)).toEqual({
      url: 'Неподдерживаемая платформа',
      'create.request.displayName': 'Обязательное поле',
      'rows[3].inn': 'Неверная контрольная сумма',
    });
  });

  it('matches exact names and the last segment of a dotted path; the rest stays unmatched', () => {
    const { matched, unmatched } = matchFieldErrors(problem, ['url', 'displayName']);
    expect(matched).toEqual({
      url: 'Неподдерживаемая платформа',
      displayName: 'Обязательное поле',
    });
    expect(unmatched).toEqual(['rows[3].inn: Неверная контрольная сумма']);
  });

  it('names the kind by the last segment of the type', () => {
    expect(problemKind({ type: 'https://bridge.example/problems/stale-version' })).toBe(
      'stale-version',
    );
    expect(problemKind({})).toBeUndefined();
  });
});
