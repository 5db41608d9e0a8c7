import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { errorMessage } from '@/lib/notify';
import { ApiError } from '@/lib/problem';

import { useLogin } from '../api/login';

const schema = z.object({
  email: z.string().trim().min(1, 'validation.required').email('validation.email'),
  password: z.string().min(1, 'validation.required'),
});
type Values = z.infer<typeof schema>;

export type SignInFormProps = { onSuccess: () => void };

function failureText(error: unknown, t: TFunction<['auth', 'common']>): string {
  if (error instanceof ApiError && error.status === 401) return t('auth:signIn.badCredentials');
  if (error instanceof ApiError && error.status === 429) {
    return error.retryAfterSeconds
      ? t('auth:signIn.tooManyWait', { count: error.retryAfterSeconds })
      : t('auth:signIn.tooMany');
  }
  return errorMessage(error);
}

export function SignInForm({ onSuccess }: SignInFormProps) {
  const { t } = useTranslation(['auth', 'common']);
  const login = useLogin();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = handleSubmit((values) => login.mutate(values, { onSuccess }));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {login.isError && (
          <Alert color="red" role="alert" title={t('auth:signIn.failed')}>
            {failureText(login.error, t)}
          </Alert>
        )}
        <TextInput
          label={t('auth:signIn.email')}
          type="email"
          autoComplete="username"
          required
          error={errors.email?.message && t(`common:${errors.email.message}`)}
          {...register('email')}
        />
        <PasswordInput
          label={t('auth:signIn.password')}
          autoComplete="current-password"
          required
          error={errors.password?.message && t(`common:${errors.password.message}`)}
          {...register('password')}
        />
        <Button type="submit" loading={login.isPending}>
          {t('auth:signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
