import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { DataState } from '@/components/ui/data-state';
import { applyServerErrors } from '@/lib/form-errors';
import { errorMessage, notifySuccess } from '@/lib/notify';
import { ApiError } from '@/lib/problem';

import { useEvaluation } from '../api/get-evaluation';
import { useResolveObjection } from '../api/objections';
import type { Answer, Objection } from '../api/schema';

import { CriterionInput } from './criterion-input';
import { FormProblems } from './form-problems';
import { pointsFor } from './scoring';
import { valueText } from './value-text';

const schema = z
  .object({
    decision: z.enum(['accept', 'reject']),
    reason: z.string().trim().min(1, 'required').max(4000, 'tooLong'),
    value: z.number().nullable(),
    notApplicable: z.boolean(),
    naReason: z.string(),
  })
  .superRefine((values, context) => {
    if (values.decision === 'reject') return;
    if (values.notApplicable && values.naReason.trim() === '') {
      context.addIssue({ code: 'custom', path: ['naReason'], message: 'required' });
    }
    if (!values.notApplicable && values.value === null) {
      context.addIssue({ code: 'custom', path: ['value'], message: 'required' });
    }
  });
type Values = z.infer<typeof schema>;
const FIELDS = ['reason', 'value', 'notApplicable', 'naReason'] as const;

export type ResolveObjectionFormProps = {
  objection: Objection;
  decision: 'accept' | 'reject';
  onDone: () => void;
};

/** The expert's decision on an objection: accept with the new value and a reason, or reject with a reason. */
export function ResolveObjectionForm({ objection, decision, onDone }: ResolveObjectionFormProps) {
  const evaluation = useEvaluation(objection.evaluationId, decision === 'accept');
  const answer = evaluation.data?.answers.find((a) => a.criterionId === objection.criterion.id);
  if (decision === 'reject') return <DecisionForm objection={objection} onDone={onDone} />;
  return (
    <DataState
      isLoading={evaluation.isPending}
      error={evaluation.error}
      isEmpty={!answer}
      onRetry={() => void evaluation.refetch()}
    >
      {answer && <DecisionForm objection={objection} answer={answer} onDone={onDone} />}
    </DataState>
  );
}

function DecisionForm({
  objection,
  answer,
  onDone,
}: {
  objection: Objection;
  answer?: Answer;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('evaluations');
  const accept = answer !== undefined;
  const resolve = useResolveObjection(objection, accept);
  const [problems, setProblems] = useState<string[]>([]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      decision: accept ? 'accept' : 'reject',
      reason: '',
      value: answer?.value ?? null,
      notApplicable: false,
      naReason: '',
    },
  });
  const notApplicable = useWatch({ control, name: 'notApplicable' });
  const value = useWatch({ control, name: 'value' });

  const fieldError = (field: keyof Values) => {
    const error = errors[field];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(`resolve.errors.${error.message}`);
  };

  const onSubmit = handleSubmit((values) => {
    setProblems([]);
    resolve.mutate(
      accept
        ? {
            version: objection.version,
            reason: values.reason.trim(),
            value: values.notApplicable ? undefined : (values.value ?? undefined),
            notApplicable: values.notApplicable,
            naReason: values.notApplicable ? values.naReason.trim() : undefined,
          }
        : { version: objection.version, reason: values.reason.trim() },
      {
        onSuccess: () => {
          notifySuccess(accept ? t('resolve.accepted') : t('resolve.rejected'));
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.kind === 'stale-version') {
            setProblems([t('resolve.stale')]);
            return;
          }
          const rest = applyServerErrors(error, FIELDS, setError);
          setProblems(rest ?? [errorMessage(error)]);
        },
      },
    );
  });

  const newPoints = answer && !notApplicable ? pointsFor(answer, value) : null;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={accept ? t('resolve.acceptLabel') : t('resolve.rejectLabel')}
    >
      <Stack gap="sm">
        <FormProblems messages={problems} />
        {answer && (
          <>
            <Text size="sm">
              {t('resolve.current', {
                value: answer.notApplicable
                  ? t('card.notApplicableShort')
                  : valueText(t, answer, answer.value, i18n.language),
              })}
            </Text>
            {answer.type !== 'DERIVED' && (
              <Controller
                control={control}
                name="value"
                render={({ field }) => (
                  <CriterionInput
                    id={`objection-${objection.id}-value`}
                    answer={answer}
                    value={field.value}
                    onChange={field.onChange}
                    disabled={notApplicable}
                    error={fieldError('value')}
                  />
                )}
              />
            )}
            {newPoints !== null && (
              <Text size="sm" c="dimmed">
                {t('resolve.newPoints', { points: newPoints, max: answer.maxPoints })}
              </Text>
            )}
            <Checkbox label={t('card.notApplicable')} {...register('notApplicable')} />
            {notApplicable && (
              <TextInput
                label={t('card.naReason')}
                required
                error={fieldError('naReason')}
                {...register('naReason')}
              />
            )}
          </>
        )}
        <Textarea
          label={t('resolve.reason')}
          required
          autosize
          minRows={2}
          error={fieldError('reason')}
          {...register('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" color={accept ? 'green' : 'red'} loading={resolve.isPending}>
            {accept ? t('resolve.accept') : t('resolve.reject')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
