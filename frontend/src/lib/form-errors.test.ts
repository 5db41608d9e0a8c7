import { describe, expect, it, vi } from 'vitest';

import { formErrorText } from './form-errors';
import { ApiError } from './problem';

const problem = (violations: { field: string; message: string }[]) =>
  new ApiError(400, {
    status: 400,
    title: 'Неверный запрос',
    detail: 'Проверьте поля',
    violations,
  });

describe('formErrorText', () => {
  it('puts violations on their fields and nothing above the form when every one found its field', () => {
    const setError = vi.fn();
    const text = formErrorText(
      problem([{ field: 'create.request.name', message: 'обязательно' }]),
      ['name'],
      setError,
    );
    expect(text).toBeNull();
    expect(setError).toHaveBeenCalledWith(
      'name',
      { type: 'server', message: 'обязательно' },
      { shouldFocus: true },
    );
  });

  it('joins the violations no field could show', () => {
    const setError = vi.fn();
    const text = formErrorText(
      problem([
        { field: 'name', message: 'обязательно' },
        { field: 'roles', message: 'пусто' },
        { field: 'scopes', message: 'неизвестно' },
      ]),
      ['name'],
      setError,
    );
    expect(text).toBe('roles: пусто; scopes: неизвестно');
    expect(setError).toHaveBeenCalledTimes(1);
  });

  it("shows the error's message when it carries no violations", () => {
    const setError = vi.fn();
    expect(formErrorText(problem([]), ['name'], setError)).toBe('Проверьте поля');
    expect(setError).not.toHaveBeenCalled();
  });
});
