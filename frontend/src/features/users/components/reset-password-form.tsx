import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { FormError } from '@/components/ui/form-error';
import { formErrorText } from '@/lib/form-errors';
import { notifySuccess } from '@/lib/notify';

import type { User } from '../api/get-users';
import { useResetPassword } from '../api/reset-password';

const schema = z.object({ password: z.string().min(10, 'passwordShort').max(200, 'tooLong') });
type Values = z.infer<typeof schema>;

export function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const reset = useResetPassword(user.id);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { password: '' } });
  const error = errors.password;

  const onSubmit = handleSubmit(({ password }) => {
    setFormError(null);
    reset.mutate(password, {
      onSuccess: () => {
        notifySuccess(t('users:passwordReset', { email: user.email }));
        onDone();
      },
      onError: (failure) => {
        setFormError(formErrorText(failure, ['password'], setError));
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError message={formError} />
        <PasswordInput
          label={t('users:fields.newPassword')}
          required
          autoComplete="new-password"
          error={
            error?.message &&
            (error.type === 'server' ? error.message : t(`users:validation.${error.message}`))
          }
          aria-invalid={!!error}
          {...register('password')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={reset.isPending}>
            {t('users:resetPassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
