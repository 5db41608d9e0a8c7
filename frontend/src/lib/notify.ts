import { notifications } from '@mantine/notifications';

import { i18n } from '@/lib/i18n';
import { ApiError } from '@/lib/problem';

/** A human message for any error: the problem's detail or title, else a generic text. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    return error.problem.detail ?? error.problem.title ?? i18n.t('common:errors.generic');
  }
  if (error instanceof TypeError) return i18n.t('common:errors.network');
  return i18n.t('common:errors.generic');
}

export function notifyError(error: unknown, title?: string): void {
  notifications.show({
    color: 'red',
    title:
      title ??
      (error instanceof ApiError ? error.problem.title : undefined) ??
      i18n.t('common:errors.title'),
    message: errorMessage(error),
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message });
}
