import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, MultiSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { FormError } from '@/components/ui/form-error';
import { formErrorText } from '@/lib/form-errors';
import { errorMessage } from '@/lib/notify';
import { ApiError } from '@/lib/problem';
import type { Role } from '@/lib/session';

import { type IssuedApiKey, useCreateApiClient } from '../api/create-api-client';

import { API_SCOPES, type ApiScope, DEFAULT_SCOPES, GRANTABLE_ROLES } from './roles';

const schema = z.object({
  name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  roles: z.array(z.string()).min(1, 'rolesRequired'),
  scopes: z.array(z.string()).min(1, 'scopesRequired'),
  rateLimitPerMinute: z.union([
    z.literal(''),
    z.number().int('rateLimit').min(1, 'rateLimit').max(100000, 'rateLimit'),
  ]),
  expiresAt: z
    .string()
    .refine((value) => value === '' || endOfDay(value) > new Date(), 'expiresAt'),
});
type Values = z.infer<typeof schema>;

/** The last moment of a day chosen in a date field (yyyy-mm-dd), in the administrator's time zone. */
function endOfDay(day: string) {
  return new Date(`${day}T23:59:59`);
}
const FIELDS = Object.keys(schema.shape) as (keyof Values)[];

export type CreateApiClientFormProps = {
  onCreated: (issued: IssuedApiKey) => void;
  onCancel: () => void;
};

export function CreateApiClientForm({ onCreated, onCancel }: CreateApiClientFormProps) {
  const { t } = useTranslation(['apiClients', 'common']);
  const create = useCreateApiClient();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: '',
      roles: [],
      scopes: [...DEFAULT_SCOPES],
      rateLimitPerMinute: '',
      expiresAt: '',
    },
  });
  const fieldError = (field: keyof Values) => {
    const error = errors[field];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(`apiClients:validation.${error.message}`);
  };

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    create.mutate(
      {
        name: values.name.trim(),
        roles: values.roles as Role[],
        scopes: values.scopes as ApiScope[],
        ...(values.rateLimitPerMinute === ''
          ? {}
          : { rateLimitPerMinute: values.rateLimitPerMinute }),
        ...(values.expiresAt === '' ? {} : { expiresAt: endOfDay(values.expiresAt).toISOString() }),
      },
      {
        onSuccess: onCreated,
        onError: (error) => {
          if (error instanceof ApiError && error.kind === 'api-client-name-taken') {
            setError(
              'name',
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
          label={t('apiClients:fields.name')}
          description={t('apiClients:fields.nameHint')}
          required
          error={fieldError('name')}
          {...register('name')}
        />
        <Controller
          control={control}
          name="roles"
          render={({ field }) => (
            <MultiSelect
              ref={field.ref}
              label={t('apiClients:fields.roles')}
              required
              data={GRANTABLE_ROLES.map((role) => ({
                value: role,
                label: t(`common:roles.${role}`),
              }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldError('roles')}
            />
          )}
        />
        <Controller
          control={control}
          name="scopes"
          render={({ field }) => (
            <MultiSelect
              ref={field.ref}
              label={t('apiClients:fields.scopes')}
              description={t('apiClients:fields.scopesHint')}
              required
              data={API_SCOPES.map((scope) => ({
                value: scope,
                label: t(`apiClients:scopes.${scope.replace(':', '_')}`),
              }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldError('scopes')}
            />
          )}
        />
        <Controller
          control={control}
          name="rateLimitPerMinute"
          render={({ field }) => (
            <NumberInput
              ref={field.ref}
              label={t('apiClients:fields.rateLimit')}
              description={t('apiClients:fields.rateLimitHint')}
              min={1}
              max={100000}
              allowDecimal={false}
              allowNegative={false}
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
              onBlur={field.onBlur}
              error={fieldError('rateLimitPerMinute')}
            />
          )}
        />
        <TextInput
          type="date"
          label={t('apiClients:fields.expiresAt')}
          description={t('apiClients:fields.expiresAtHint')}
          error={fieldError('expiresAt')}
          {...register('expiresAt')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('apiClients:create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
