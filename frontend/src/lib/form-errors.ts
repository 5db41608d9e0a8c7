import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

import { errorMessage } from '@/lib/notify';
import { ApiError, matchFieldErrors } from '@/lib/problem';

/**
 * Puts the server's `violations[].field` messages on the matching form fields. Returns the messages
 * that no field could show (to display above the form), or null when the error carries no violations.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string[] | null {
  if (!(error instanceof ApiError) || !error.problem.violations?.length) return null;
  const { matched, unmatched } = matchFieldErrors(error.problem, fields);
  const focusFirst = Object.keys(matched)[0];
  for (const [field, message] of Object.entries(matched)) {
    setError(field as Path<T>, { type: 'server', message }, { shouldFocus: field === focusFirst });
  }
  return unmatched;
}

/** Empty strings from text boxes become "absent" in a request body. */
export function blankToUndefined<T extends Record<string, unknown>>(values: T): T {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, value === '' ? undefined : value]),
  ) as T;
}

/**
 * What a form shows above its fields after a failed request: the server's violations go to their
 * fields, those no field could show are joined; null when every one found its field; the error's
 * message when it carries no violations.
 */
export function formErrorText<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string | null {
  const rest = applyServerErrors(error, fields, setError);
  return rest?.join('; ') || (rest ? null : errorMessage(error));
}
