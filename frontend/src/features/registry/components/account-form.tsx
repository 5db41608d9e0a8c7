import { zodResolver } from '@hookform/resolvers/zod';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';

import { paths } from '@/config/paths';
import { applyServerErrors, blankToUndefined } from '@/lib/form-errors';
import { errorMessage } from '@/lib/notify';
import { ApiError, type Problem } from '@/lib/problem';

import type { Account } from '../api/get-accounts';
import { type Platform, useReference } from '../api/get-reference';
import { type CreateAccountInput, useSaveAccount } from '../api/save-account';

import { FormErrorsAlert } from './form-errors-alert';
import { type OrganizationOption, OrganizationSelect } from './organization-select';
import { StaleVersionAlert } from './stale-version-alert';

const schema = z.object({
  organizationId: z.string().min(1, 'required'),
  platform: z.string(),
  url: z.string().trim().min(1, 'required').max(1000, 'tooLong'),
  displayName: z.string().trim().min(1, 'required').max(500, 'tooLong'),
  official: z.boolean(),
  externalId: z.string().trim().max(100, 'tooLong'),
});
type Values = z.infer<typeof schema>;
const FIELDS = Object.keys(schema.shape) as (keyof Values)[];

/** The account that already has this URL, as the 409 problem names it (`existing` in the contract). */
type ExistingAccount = NonNullable<Problem['existing']>;

function toValues(account?: Account, organization?: OrganizationOption | null): Values {
  return {
    organizationId: account?.organization.id ?? organization?.id ?? '',
    platform: account?.platform ?? '',
    url: account?.url ?? '',
    displayName: account?.displayName ?? '',
    official: account?.official ?? true,
    externalId: account?.externalId ?? '',
  };
}

function toRequest(values: Values): CreateAccountInput {
  return blankToUndefined({
    ...values,
    platform: values.platform as Platform,
  }) as CreateAccountInput;
}

export type AccountFormProps = {
  account?: Account;
  /** preselected organization for a new account */
  organization?: OrganizationOption | null;
  onSaved: (account: Account) => void;
  onCancel: () => void;
  onReload?: () => void;
};

export function AccountForm({
  account,
  organization,
  onSaved,
  onCancel,
  onReload,
}: AccountFormProps) {
  const { t } = useTranslation('registry');
  const reference = useReference();
  const save = useSaveAccount(account?.id);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const [existing, setExisting] = useState<ExistingAccount | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: toValues(account, organization),
  });

  const fieldError = (field: keyof Values) => {
    const error = errors[field];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(`validation.${error.message}`);
  };

  const urlError = existing ? (
    <>
      {errors.url?.message}{' '}
      <Anchor component={Link} to={paths.account.getHref(existing.id)} size="xs">
        {t('form.openExisting', {
          name: existing.displayName ?? existing.url ?? existing.id,
          organization: existing.organizationName ?? '',
        })}
      </Anchor>
    </>
  ) : (
    fieldError('url')
  );

  const onSubmit = handleSubmit((values) => {
    setFormErrors([]);
    setStale(false);
    setExisting(null);
    save.mutate(
      { values: toRequest(values), version: account?.version },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (error instanceof ApiError && error.kind === 'stale-version') return setStale(true);
          if (error instanceof ApiError && error.kind === 'account-url-taken') {
            const found = error.problem.existing;
            setError(
              'url',
              { type: 'server', message: error.problem.detail ?? error.problem.title ?? '' },
              { shouldFocus: true },
            );
            setExisting(found?.id ? found : null);
            return;
          }
          const rest = applyServerErrors(error, FIELDS, setError);
          setFormErrors(rest ?? [errorMessage(error)]);
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {stale && onReload && <StaleVersionAlert onReload={onReload} />}
        <FormErrorsAlert messages={formErrors} />
        <Controller
          control={control}
          name="organizationId"
          render={({ field }) => (
            <OrganizationSelect
              ref={field.ref}
              label={t('account.organization')}
              required
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              selected={account?.organization ?? organization}
              error={fieldError('organizationId')}
            />
          )}
        />
        <TextInput
          label={t('account.url')}
          required
          type="url"
          placeholder="https://vk.com/..."
          error={urlError}
          {...register('url', { onChange: () => setExisting(null) })}
        />
        <TextInput
          label={t('account.displayName')}
          required
          error={fieldError('displayName')}
          {...register('displayName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="platform"
            render={({ field }) => (
              <Select
                ref={field.ref}
                label={t('account.platform')}
                description={t('form.platformAuto')}
                placeholder={t('form.platformAutoPlaceholder')}
                clearable
                data={(reference.data?.platforms ?? []).map((p) => ({
                  value: p.code,
                  label: p.name,
                }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={fieldError('platform')}
              />
            )}
          />
          <TextInput
            label={t('account.externalId')}
            error={fieldError('externalId')}
            {...register('externalId')}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="official"
          render={({ field }) => (
            <Checkbox
              ref={field.ref}
              label={t('account.official')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              onBlur={field.onBlur}
              error={fieldError('official')}
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
