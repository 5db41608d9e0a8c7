import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, MultiSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { FormError } from '@/components/ui/form-error';
import { formErrorText } from '@/lib/form-errors';
import { errorMessage } from '@/lib/notify';
import { ApiError } from '@/lib/problem';
import type { Role } from '@/lib/session';

import { useCreateUser } from '../api/save-user';

import { ALL_ROLES } from './roles';

const schema = z.object({
  email: z.string().trim().min(1, 'required').email('email'),
  fullName: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  password: z.string().min(10, 'passwordShort').max(200, 'tooLong'),
  roles: z.array(z.string()).min(1, 'rolesRequired'),
});
type Values = z.infer<typeof schema>;
const FIELDS = Object.keys(schema.shape) as (keyof Values)[];

export function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const create = useCreateUser();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', fullName: '', password: '', roles: [] },
  });
  const fieldError = (field: keyof Values) => {
    const error = errors[field];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(`users:validation.${error.message}`);
  };

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    create.mutate(
      { ...values, roles: values.roles as Role[] },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (error instanceof ApiError && error.kind === 'email-taken') {
            setError(
              'email',
              { type: 'server', message: errorMessage(error) },
              { shouldFocus: true },
            );
            return;
          }
          setFormError(formErrorText(error, FIELDS, setError));
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput
          label={t('users:fields.email')}
          type="email"
          required
          error={fieldError('email')}
          {...register('email')}
        />
        <TextInput
          label={t('users:fields.fullName')}
          required
          error={fieldError('fullName')}
          {...register('fullName')}
        />
        <PasswordInput
          label={t('users:fields.password')}
          required
          autoComplete="new-password"
          error={fieldError('password')}
          {...register('password')}
        />
        <Controller
          control={control}
          name="roles"
          render={({ field }) => (
            <MultiSelect
              ref={field.ref}
              label={t('users:fields.roles')}
              required
              data={ALL_ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
              value={field.value}
              onChange={field.onChange}
              error={fieldError('roles')}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('users:create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
