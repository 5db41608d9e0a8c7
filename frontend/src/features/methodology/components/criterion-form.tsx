import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { useReferenceData } from '@/hooks/use-reference-data';
import { formatNumber } from '@/lib/format';

import {
  CRITERION_GROUPS,
  CRITERION_TYPES,
  type CriterionInput,
  type CriterionType,
  DIRECTIONS,
  METRICS,
  type OrganizationKind,
  type Platform,
  type Sector,
  UNITS,
} from '../api/schema';

import { maxPoints } from './weights';

const CODE = /^[A-Z][A-Z0-9_]*(\.[A-Z0-9_]+)*$/;

/** An emptied number box holds NaN; it is reported as a missing value by the type's own checks. */
const anyNumber = z.union([z.number(), z.nan()]);

function schemaFor(takenCodes: readonly string[]) {
  return z
    .object({
      code: z
        .string()
        .trim()
        .min(1, 'required')
        .max(60, 'tooLong')
        .regex(CODE, 'code')
        .refine((code) => !takenCodes.includes(code), 'codeTaken'),
      group: z.enum(CRITERION_GROUPS),
      title: z.string().trim().min(1, 'required').max(300, 'tooLong'),
      guidance: z.string().max(4000, 'tooLong'),
      recommendation: z.string().max(4000, 'tooLong'),
      normative: z.boolean(),
      weight: z.number({ error: 'required' }).gt(0, 'weightRange').max(100, 'weightRange'),
      type: z.enum(CRITERION_TYPES),
      // the scale parts are checked below, only for the type they belong to
      levels: z.array(z.object({ value: anyNumber, label: z.string(), points: anyNumber })),
      thresholds: z.array(z.object({ bound: anyNumber, points: anyNumber })),
      direction: z.enum(DIRECTIONS).or(z.literal('')),
      unit: z.string().max(40, 'tooLong'),
      metric: z.enum(METRICS).or(z.literal('')),
      // the choices come from the reference data the server lists
      platforms: z.array(z.custom<Platform>((value) => typeof value === 'string')),
      sectors: z.array(z.custom<Sector>((value) => typeof value === 'string')),
      organizationKinds: z.array(z.custom<OrganizationKind>((value) => typeof value === 'string')),
    })
    .superRefine((values, ctx) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      const number = (value: number, path: (string | number)[], integer = false) => {
        if (!Number.isFinite(value)) issue(path, 'required');
        else if (value < 0) issue(path, 'min0');
        else if (integer && !Number.isInteger(value)) issue(path, 'integer');
      };
      if (values.type === 'SCALE') {
        if (values.levels.length < 2) issue(['levels'], 'levelsMin');
        const seen = new Set<number>();
        values.levels.forEach((level, index) => {
          number(level.value, ['levels', index, 'value'], true);
          number(level.points, ['levels', index, 'points']);
          if (!level.label.trim()) issue(['levels', index, 'label'], 'required');
          else if (level.label.length > 200) issue(['levels', index, 'label'], 'tooLong');
          if (seen.has(level.value)) issue(['levels', index, 'value'], 'levelsDistinct');
          seen.add(level.value);
        });
      }
      if (values.type === 'NUMERIC' || values.type === 'DERIVED') {
        if (values.thresholds.length < 1) issue(['thresholds'], 'thresholdsMin');
        values.thresholds.forEach((step, index) => {
          number(step.bound, ['thresholds', index, 'bound']);
          number(step.points, ['thresholds', index, 'points']);
        });
        if (!values.direction) issue(['direction'], 'required');
      }
      if (values.type === 'DERIVED' && !values.metric) issue(['metric'], 'required');
      if (
        (values.type === 'SCALE' && values.levels.length >= 2) ||
        ((values.type === 'NUMERIC' || values.type === 'DERIVED') && values.thresholds.length > 0)
      ) {
        if (maxPoints(values) <= 0) {
          issue([values.type === 'SCALE' ? 'levels' : 'thresholds'], 'maxPointsZero');
        }
      }
    });
}

type Values = z.infer<ReturnType<typeof schemaFor>>;

function toValues(criterion?: CriterionInput): Values {
  return {
    code: criterion?.code ?? '',
    group: criterion?.group ?? 'PROFILE',
    title: criterion?.title ?? '',
    guidance: criterion?.guidance ?? '',
    recommendation: criterion?.recommendation ?? '',
    normative: criterion?.normative ?? true,
    weight: criterion?.weight ?? 5,
    type: criterion?.type ?? 'BOOLEAN',
    levels: criterion?.levels?.map((level) => ({ ...level })) ?? [],
    thresholds: criterion?.thresholds?.map((step) => ({ ...step })) ?? [],
    direction: criterion?.direction ?? '',
    unit: criterion?.unit ?? '',
    metric: criterion?.metric ?? '',
    platforms: criterion?.platforms ?? [],
    sectors: criterion?.sectors ?? [],
    organizationKinds: criterion?.organizationKinds ?? [],
  };
}

/** What the server takes: fields that do not belong to the chosen type are cleared. */
export function toCriterionInput(values: Values): CriterionInput {
  const measured = values.type === 'NUMERIC' || values.type === 'DERIVED';
  return {
    code: values.code.trim(),
    group: values.group,
    title: values.title.trim(),
    guidance: values.guidance.trim() || undefined,
    recommendation: values.recommendation.trim() || undefined,
    normative: values.normative,
    weight: values.weight,
    type: values.type,
    levels:
      values.type === 'SCALE' ? values.levels.map((l) => ({ ...l, label: l.label.trim() })) : [],
    thresholds: measured ? values.thresholds : [],
    direction: measured && values.direction ? values.direction : undefined,
    unit: measured ? values.unit.trim() || undefined : undefined,
    metric: values.type === 'DERIVED' && values.metric ? values.metric : undefined,
    platforms: values.platforms,
    sectors: values.sectors,
    organizationKinds: values.organizationKinds,
  };
}

export type CriterionFormProps = {
  criterion?: CriterionInput;
  /** codes of the other criteria of the set: a code must be unique within it */
  takenCodes: readonly string[];
  onSubmit: (criterion: CriterionInput) => void;
  onCancel: () => void;
};

/** Adds or edits one criterion of a draft; the scale part of the form follows the criterion's type. */
export function CriterionForm({ criterion, takenCodes, onSubmit, onCancel }: CriterionFormProps) {
  const { t, i18n } = useTranslation('methodology');
  const reference = useReferenceData();
  const {
    register,
    control,
    handleSubmit,
    setValue,
    getValues,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schemaFor(takenCodes)),
    defaultValues: toValues(criterion),
  });
  const levels = useFieldArray({ control, name: 'levels' });
  const thresholds = useFieldArray({ control, name: 'thresholds' });
  const [type, direction, unit, watchedLevels, watchedThresholds] = useWatch({
    control,
    name: ['type', 'direction', 'unit', 'levels', 'thresholds'],
  });

  const message = (key?: string) => (key ? t(`validation.${key}`) : undefined);
  const measured = type === 'NUMERIC' || type === 'DERIVED';
  const max = maxPoints({ type, levels: watchedLevels ?? [], thresholds: watchedThresholds ?? [] });
  const sign = direction === 'HIGHER_IS_BETTER' ? '≥' : '≤';
  const unitName = unit ? t(`units.${unit}`, { defaultValue: unit }) : '';
  const units = [...UNITS, ...(unit && !(UNITS as readonly string[]).includes(unit) ? [unit] : [])];

  const changeType = (next: CriterionType) => {
    setValue('type', next);
    if (next === 'SCALE' && getValues('levels').length === 0) {
      levels.replace([
        { value: 0, label: '', points: 0 },
        { value: 1, label: '', points: 1 },
      ]);
    }
    if ((next === 'NUMERIC' || next === 'DERIVED') && getValues('thresholds').length === 0) {
      thresholds.replace([{ bound: 0, points: 1 }]);
    }
    if ((next === 'NUMERIC' || next === 'DERIVED') && !getValues('direction')) {
      setValue('direction', 'LOWER_IS_BETTER');
    }
  };

  const numberField = (
    name: `levels.${number}.${'value' | 'points'}` | `thresholds.${number}.${'bound' | 'points'}`,
    label: string,
    error?: string,
    decimals = 3,
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          ref={field.ref}
          label={label}
          value={Number.isFinite(field.value) ? field.value : ''}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
          onBlur={field.onBlur}
          min={0}
          decimalScale={decimals}
          allowNegative={false}
          error={error}
          w={140}
        />
      )}
    />
  );

  const options = (list: readonly { code: string; name: string }[] | undefined) =>
    (list ?? []).map((item) => ({ value: item.code, label: item.name }));

  return (
    <form
      onSubmit={(event) => {
        event.stopPropagation();
        void handleSubmit((values) => onSubmit(toCriterionInput(values)))(event);
      }}
      noValidate
      aria-label={t('form.title')}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('criterion.code')}
            description={t('form.codeHint')}
            required
            error={message(errors.code?.message)}
            {...register('code', {
              setValueAs: (value: string) => value.toUpperCase(),
            })}
          />
          <NativeSelect
            label={t('criterion.group')}
            data={CRITERION_GROUPS.map((group) => ({ value: group, label: t(`groups.${group}`) }))}
            {...register('group')}
          />
          <Controller
            control={control}
            name="weight"
            render={({ field }) => (
              <NumberInput
                ref={field.ref}
                label={t('criterion.weight')}
                required
                value={Number.isFinite(field.value) ? field.value : ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                onBlur={field.onBlur}
                min={0}
                max={100}
                decimalScale={3}
                allowNegative={false}
                error={message(errors.weight?.message)}
              />
            )}
          />
        </SimpleGrid>
        <TextInput
          label={t('criterion.title')}
          required
          error={message(errors.title?.message)}
          {...register('title')}
        />
        <Textarea
          label={t('criterion.guidance')}
          rows={3}
          error={message(errors.guidance?.message)}
          {...register('guidance')}
        />
        <Textarea
          label={t('criterion.recommendation')}
          description={t('form.recommendationHint')}
          rows={3}
          error={message(errors.recommendation?.message)}
          {...register('recommendation')}
        />
        <Controller
          control={control}
          name="normative"
          render={({ field }) => (
            <Checkbox
              ref={field.ref}
              label={t('form.normative')}
              description={t('form.normativeHint')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
        <Fieldset legend={t('form.scaleLegend')}>
          <Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="criterion-type-label">
                {t('criterion.type')}
              </Text>
              <SegmentedControl
                aria-labelledby="criterion-type-label"
                value={type}
                onChange={(value) => changeType(value as CriterionType)}
                data={CRITERION_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
              />
              <Text size="xs" c="dimmed">
                {t(`typeHints.${type}`)}
              </Text>
            </Stack>

            {type === 'SCALE' && (
              <Stack gap="xs" role="group" aria-label={t('form.levels')}>
                {levels.fields.map((field, index) => (
                  <Group key={field.id} align="flex-end" wrap="nowrap">
                    {numberField(
                      `levels.${index}.value`,
                      t('form.levelValue', { n: index + 1 }),
                      message(errors.levels?.[index]?.value?.message),
                      0,
                    )}
                    <TextInput
                      label={t('form.levelLabel', { n: index + 1 })}
                      error={message(errors.levels?.[index]?.label?.message)}
                      style={{ flex: 1 }}
                      {...register(`levels.${index}.label`)}
                    />
                    {numberField(
                      `levels.${index}.points`,
                      t('form.levelPoints', { n: index + 1 }),
                      message(errors.levels?.[index]?.points?.message),
                    )}
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mb={4}
                      aria-label={t('form.removeLevel', { n: index + 1 })}
                      onClick={() => levels.remove(index)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                ))}
                {errors.levels?.message && (
                  <Text size="sm" c="red" role="alert">
                    {message(errors.levels.message)}
                  </Text>
                )}
                {errors.levels?.root?.message && (
                  <Text size="sm" c="red" role="alert">
                    {message(errors.levels.root.message)}
                  </Text>
                )}
                <Group>
                  <Button
                    variant="light"
                    size="xs"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => {
                      const current = getValues('levels');
                      const next = current.length
                        ? Math.max(...current.map((l) => l.value || 0)) + 1
                        : 0;
                      levels.append({ value: next, label: '', points: next });
                    }}
                  >
                    {t('form.addLevel')}
                  </Button>
                </Group>
              </Stack>
            )}

            {measured && (
              <Stack gap="xs">
                <SimpleGrid cols={{ base: 1, sm: type === 'DERIVED' ? 3 : 2 }}>
                  {type === 'DERIVED' && (
                    <NativeSelect
                      label={t('criterion.metric')}
                      required
                      data={[
                        { value: '', label: t('form.choose') },
                        ...METRICS.map((m) => ({ value: m, label: t(`metrics.${m}`) })),
                      ]}
                      error={message(errors.metric?.message)}
                      {...register('metric')}
                    />
                  )}
                  <NativeSelect
                    label={t('criterion.direction')}
                    required
                    data={[
                      { value: '', label: t('form.choose') },
                      ...DIRECTIONS.map((d) => ({ value: d, label: t(`directions.${d}`) })),
                    ]}
                    error={message(errors.direction?.message)}
                    {...register('direction')}
                  />
                  <NativeSelect
                    label={t('criterion.unit')}
                    data={[
                      { value: '', label: t('form.noUnit') },
                      ...units.map((u) => ({
                        value: u,
                        label: t(`units.${u}`, { defaultValue: u }),
                      })),
                    ]}
                    {...register('unit')}
                  />
                </SimpleGrid>
                <Text size="xs" c="dimmed">
                  {t('form.thresholdsHint')}
                </Text>
                <Stack gap="xs" role="group" aria-label={t('form.thresholds')}>
                  {thresholds.fields.map((field, index) => (
                    <Group key={field.id} align="flex-end" wrap="nowrap">
                      <Text size="lg" mb={6} aria-hidden>
                        {sign}
                      </Text>
                      {numberField(
                        `thresholds.${index}.bound`,
                        t('form.thresholdBound', { n: index + 1, unit: unitName }),
                        message(errors.thresholds?.[index]?.bound?.message),
                      )}
                      {numberField(
                        `thresholds.${index}.points`,
                        t('form.thresholdPoints', { n: index + 1 }),
                        message(errors.thresholds?.[index]?.points?.message),
                      )}
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        mb={4}
                        aria-label={t('form.removeThreshold', { n: index + 1 })}
                        onClick={() => thresholds.remove(index)}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  ))}
                  {errors.thresholds?.message && (
                    <Text size="sm" c="red" role="alert">
                      {message(errors.thresholds.message)}
                    </Text>
                  )}
                  {errors.thresholds?.root?.message && (
                    <Text size="sm" c="red" role="alert">
                      {message(errors.thresholds.root.message)}
                    </Text>
                  )}
                  <Group>
                    <Button
                      variant="light"
                      size="xs"
                      leftSection={<IconPlus size={14} aria-hidden />}
                      onClick={() => thresholds.append({ bound: 0, points: 0 })}
                    >
                      {t('form.addThreshold')}
                    </Button>
                  </Group>
                </Stack>
              </Stack>
            )}
            <Text size="sm" aria-live="polite">
              {t('form.maxPoints', {
                max: formatNumber(max, i18n.language, 3),
              })}
            </Text>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('criterion.applicability')}>
          <Text size="xs" c="dimmed" mb="xs">
            {t('form.applicabilityHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {(
              [
                ['platforms', options(reference.data?.platforms)],
                ['sectors', options(reference.data?.sectors)],
                ['organizationKinds', options(reference.data?.organizationKinds)],
              ] as const
            ).map(([name, data]) => (
              <Controller
                key={name}
                control={control}
                name={name}
                render={({ field }) => (
                  <MultiSelect
                    ref={field.ref}
                    label={t(`criterion.${name}`)}
                    placeholder={field.value.length ? undefined : t('form.all')}
                    data={data}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    searchable
                    clearable
                    comboboxProps={{ withinPortal: true }}
                  />
                )}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit">{t(criterion ? 'form.apply' : 'form.add')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
