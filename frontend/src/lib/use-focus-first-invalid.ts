import { type RefObject, useEffect } from 'react';

/**
 * After a failed submit, moves the focus to the first field the form marks invalid (`aria-invalid`), in the
 * order the form shows them (WCAG 3.3.1): for forms that keep their values in state and show the server's
 * violations on their fields (react-hook-form forms do this themselves). `failure` is the failed request's
 * error, or null; each new failure moves the focus once, after the fields have rendered their errors.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, failure: unknown) {
  useEffect(() => {
    if (!failure) return;
    const timer = window.setTimeout(() => {
      const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [form, failure]);
}
