import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { type FieldError, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { FormError } from '@/components/ui/form-error';
import { formErrorText } from '@/lib/form-errors';
import { notifySuccess } from '@/lib/notify';

import { useChangeOwnPassword } from '../api/change-password';

const schema = z.object({
  currentPassword: z.string().min(1, 'required').max(200, 'tooLong'),
  newPassword: z.string().min(10, 'passwordShort').max(200, 'tooLong'),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * The signed-in user changes their own password: the current one is required (also for an
 * administrator), and the server's violations land on the field they name. Mantine's PasswordInput
 * marks an error only with data-invalid, hence the explicit aria-invalid.
 */
export function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['auth', 'common']);
  const change = useChangeOwnPassword();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const message = (error?: FieldError) =>
    error?.message &&
    (error.type === 'server'
      ? error.message
      : t(`auth:changePassword.validation.${error.message}`));

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    change.mutate(values, {
      onSuccess: () => {
        notifySuccess(t('auth:changePassword.done'));
        onDone();
      },
      onError: (failure) => {
        setFormError(formErrorText(failure, FIELDS, setError));
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError message={formError} />
        <PasswordInput
          label={t('auth:changePassword.current')}
          required
          autoComplete="current-password"
          error={message(errors.currentPassword)}
          aria-invalid={!!errors.currentPassword}
          {...register('currentPassword')}
        />
        <PasswordInput
          label={t('auth:changePassword.new')}
          required
          autoComplete="new-password"
          error={message(errors.newPassword)}
          aria-invalid={!!errors.newPassword}
          {...register('newPassword')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending}>
            {t('auth:changePassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
