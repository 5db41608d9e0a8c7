import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, MultiSelect, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { FormError } from '@/components/ui/form-error';
import { formErrorText } from '@/lib/form-errors';
import { ApiError } from '@/lib/problem';
import type { Role } from '@/lib/session';

import type { User } from '../api/get-users';
import { useUpdateUser } from '../api/save-user';

import { ALL_ROLES } from './roles';

const schema = z.object({
  fullName: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  roles: z.array(z.string()).min(1, 'rolesRequired'),
  active: z.boolean(),
});
type Values = z.infer<typeof schema>;
const FIELDS = Object.keys(schema.shape) as (keyof Values)[];

export function EditUserForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const update = useUpdateUser(user.id);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { fullName: user.fullName, roles: user.roles, active: user.active },
  });
  const fieldError = (field: keyof Values) => {
    const error = errors[field];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(`users:validation.${error.message}`);
  };

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    update.mutate(
      {
        ...values,
        roles: values.roles as Role[],
        organizationId: user.organizationId ?? undefined,
        version: user.version,
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (error instanceof ApiError && error.kind === 'stale-version') {
            return setFormError(t('users:stale'));
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
        <TextInput label={t('users:fields.email')} value={user.email} readOnly disabled />
        <TextInput
          label={t('users:fields.fullName')}
          required
          error={fieldError('fullName')}
          {...register('fullName')}
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
            />
          )}
        />
        <Controller
          control={control}
          name="active"
          render={({ field }) => (
            <Switch
              ref={field.ref}
              label={t('users:fields.active')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              onBlur={field.onBlur}
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
