import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { applyServerErrors, blankToUndefined } from '@/lib/form-errors';
import { errorMessage } from '@/lib/notify';
import { ApiError } from '@/lib/problem';

import { useMunicipalities } from '../api/get-municipalities';
import type { Organization } from '../api/get-organizations';
import { type OrganizationKind, type Sector, useReference } from '../api/get-reference';
import { type CreateOrganizationInput, useSaveOrganization } from '../api/save-organization';

import { FormErrorsAlert } from './form-errors-alert';
import { OrganizationSelect } from './organization-select';
import { StaleVersionAlert } from './stale-version-alert';

const schema = z.object({
  name: z.string().trim().min(1, 'required').max(500, 'tooLong'),
  shortName: z.string().trim().max(200, 'tooLong'),
  kind: z.string().min(1, 'required'),
  sector: z.string().min(1, 'required'),
  municipalityId: z.string().min(1, 'required'),
  website: z.string().trim().max(500, 'tooLong'),
  inn: z
    .string()
    .trim()
    .regex(/^(\d{10}|\d{12})?$/, 'inn'),
  ogrn: z
    .string()
    .trim()
    .regex(/^(\d{13}|\d{15})?$/, 'ogrn'),
  // a branch office shares its parent's INN and differs by KPP: 4 digits, 2 digits or capitals, 3 digits
  // (the server stores its letters in capitals)
  kpp: z
    .string()
    .trim()
    .regex(/^(\d{4}[\dA-Za-z]{2}\d{3})?$/, 'kpp'),
  externalId: z.string().trim().max(100, 'tooLong'),
  parentId: z.string(),
});
type Values = z.infer<typeof schema>;
const FIELDS = Object.keys(schema.shape) as (keyof Values)[];

function toValues(organization?: Organization): Values {
  return {
    name: organization?.name ?? '',
    shortName: organization?.shortName ?? '',
    kind: organization?.kind ?? '',
    sector: organization?.sector ?? '',
    municipalityId: organization?.municipality.id ?? '',
    website: organization?.website ?? '',
    inn: organization?.inn ?? '',
    ogrn: organization?.ogrn ?? '',
    kpp: organization?.kpp ?? '',
    externalId: organization?.externalId ?? '',
    parentId: organization?.parent?.id ?? '',
  };
}

function toRequest(values: Values): CreateOrganizationInput {
  return blankToUndefined({
    ...values,
    kind: values.kind as OrganizationKind,
    sector: values.sector as Sector,
  }) as CreateOrganizationInput;
}

export type OrganizationFormProps = {
  organization?: Organization;
  onSaved: (organization: Organization) => void;
  onCancel: () => void;
  onReload?: () => void;
};

export function OrganizationForm({
  organization,
  onSaved,
  onCancel,
  onReload,
}: OrganizationFormProps) {
  const { t } = useTranslation('registry');
  const reference = useReference();
  const municipalities = useMunicipalities();
  const save = useSaveOrganization(organization?.id);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: toValues(organization) });

  const fieldError = (field: keyof Values) => {
    const error = errors[field];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(`validation.${error.message}`);
  };

  const onSubmit = handleSubmit((values) => {
    setFormErrors([]);
    setStale(false);
    save.mutate(
      { values: toRequest(values), version: organization?.version },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (error instanceof ApiError && error.kind === 'stale-version') return setStale(true);
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
        <TextInput
          label={t('organization.name')}
          required
          error={fieldError('name')}
          {...register('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('organization.shortName')}
            error={fieldError('shortName')}
            {...register('shortName')}
          />
          <TextInput
            label={t('organization.externalId')}
            error={fieldError('externalId')}
            {...register('externalId')}
          />
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <Select
                ref={field.ref}
                label={t('organization.kind')}
                required
                data={(reference.data?.organizationKinds ?? []).map((k) => ({
                  value: k.code,
                  label: k.name,
                }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={fieldError('kind')}
              />
            )}
          />
          <Controller
            control={control}
            name="sector"
            render={({ field }) => (
              <Select
                ref={field.ref}
                label={t('organization.sector')}
                required
                data={(reference.data?.sectors ?? []).map((s) => ({
                  value: s.code,
                  label: s.name,
                }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={fieldError('sector')}
              />
            )}
          />
          <Controller
            control={control}
            name="municipalityId"
            render={({ field }) => (
              <Select
                ref={field.ref}
                label={t('organization.municipality')}
                required
                searchable
                data={(municipalities.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={fieldError('municipalityId')}
                nothingFoundMessage={t('filters.nothingFound')}
              />
            )}
          />
          <Controller
            control={control}
            name="parentId"
            render={({ field }) => (
              <OrganizationSelect
                ref={field.ref}
                label={t('organization.parent')}
                clearable
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                selected={organization?.parent}
                excludeId={organization?.id}
                error={fieldError('parentId')}
              />
            )}
          />
          <TextInput
            label={t('organization.website')}
            error={fieldError('website')}
            {...register('website')}
          />
          <TextInput
            label={t('organization.inn')}
            inputMode="numeric"
            error={fieldError('inn')}
            {...register('inn')}
          />
          <TextInput
            label={t('organization.ogrn')}
            inputMode="numeric"
            error={fieldError('ogrn')}
            {...register('ogrn')}
          />
          <TextInput label={t('organization.kpp')} error={fieldError('kpp')} {...register('kpp')} />
        </SimpleGrid>
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
