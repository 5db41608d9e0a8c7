import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { FormError } from '@/components/ui/form-error';
import { enumValues } from '@/lib/api-types';
import { blankToUndefined, formErrorText } from '@/lib/form-errors';
import { notifySuccess } from '@/lib/notify';

import { type LearnerBody, useCohortActions } from '../api/training';
import '../i18n';

type EducationLevel = NonNullable<LearnerBody['educationLevel']>;
const LEVELS = enumValues<EducationLevel>({
  SECONDARY_VOCATIONAL: true,
  HIGHER: true,
  STUDENT: true,
});

/** The version of the consent text the trainer confirms the learner has signed. */
export const CONSENT_VERSION = '2023-01';

const schema = z.object({
  surname: z.string().trim().min(1, 'required').max(100, 'tooLong'),
  name: z.string().trim().min(1, 'required').max(100, 'tooLong'),
  patronymic: z.string().trim().max(100, 'tooLong'),
  email: z.string().trim().min(1, 'required').email('email'),
  phone: z.string().trim().max(30, 'tooLong'),
  position: z.string().trim().max(200, 'tooLong'),
  birthDate: z.string().trim(),
  snils: z.string().trim().max(14, 'tooLong'),
  educationLevel: z.string(),
  volunteer: z.boolean(),
  consentGiven: z.boolean().refine((v) => v, 'consent'),
});
type Values = z.infer<typeof schema>;
const FIELDS = Object.keys(schema.shape) as (keyof Values)[];

/** Enrols a new learner (with the data a certificate and ФИС ФРДО need) into the cohort. */
export function EnrolForm({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation('training');
  const { enrol } = useCohortActions(cohortId);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      surname: '',
      name: '',
      patronymic: '',
      email: '',
      phone: '',
      position: '',
      birthDate: '',
      snils: '',
      educationLevel: '',
      volunteer: false,
      consentGiven: false,
    },
  });
  const fieldError = (field: keyof Values) => {
    const error = errors[field];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(`validation.${error.message}`);
  };
  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    const body = blankToUndefined(values) as Record<string, unknown>;
    enrol.mutate(
      {
        ...(body as Omit<LearnerBody, 'educationLevel' | 'consentVersion'>),
        educationLevel: (values.educationLevel || undefined) as EducationLevel | undefined,
        consentVersion: CONSENT_VERSION,
      },
      {
        onSuccess: () => {
          reset();
          notifySuccess(t('enrol.done'));
        },
        onError: (error) => {
          setFormError(formErrorText(error, FIELDS, setError));
        },
      },
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('enrol.title')}>
      <Stack maw={720}>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('fields.surname')}
            required
            error={fieldError('surname')}
            {...register('surname')}
          />
          <TextInput
            label={t('fields.name')}
            required
            error={fieldError('name')}
            {...register('name')}
          />
          <TextInput
            label={t('fields.patronymic')}
            error={fieldError('patronymic')}
            {...register('patronymic')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fields.email')}
            type="email"
            required
            error={fieldError('email')}
            {...register('email')}
          />
          <TextInput
            label={t('fields.phone')}
            type="tel"
            error={fieldError('phone')}
            {...register('phone')}
          />
          <TextInput
            label={t('fields.position')}
            error={fieldError('position')}
            {...register('position')}
          />
          <TextInput
            label={t('fields.birthDate')}
            type="date"
            error={fieldError('birthDate')}
            {...register('birthDate')}
          />
          <TextInput
            label={t('fields.snils')}
            placeholder="123-456-789 64"
            error={fieldError('snils')}
            {...register('snils')}
          />
          <Controller
            control={control}
            name="educationLevel"
            render={({ field }) => (
              <Select
                ref={field.ref}
                label={t('fields.educationLevel')}
                data={LEVELS.map((level) => ({
                  value: level,
                  label: t(`educationLevel.${level}`),
                }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                clearable
                error={fieldError('educationLevel')}
              />
            )}
          />
        </SimpleGrid>
        <Checkbox label={t('fields.volunteer')} {...register('volunteer')} />
        <Checkbox
          label={t('fields.consent')}
          error={fieldError('consentGiven')}
          {...register('consentGiven')}
        />
        <Group>
          <Button type="submit" loading={enrol.isPending}>
            {t('enrol.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
