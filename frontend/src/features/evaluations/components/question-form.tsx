import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { applyServerErrors } from '@/lib/form-errors';
import { errorMessage } from '@/lib/notify';

import { useSaveQuestion } from '../api/questions';
import type { CitizenQuestion, QuestionInput } from '../api/schema';

import { toLocalInput, toOffsetIso } from './datetime';
import { FormProblems } from './form-problems';

const schema = z
  .object({
    url: z
      .string()
      .trim()
      .min(1, 'required')
      .max(2000, 'tooLong')
      .regex(/^https?:\/\/\S+$/i, 'url'),
    askedAt: z
      .string()
      .min(1, 'required')
      .refine((v) => toOffsetIso(v) !== null, 'dateTime'),
    answeredAt: z.string().refine((v) => v === '' || toOffsetIso(v) !== null, 'dateTime'),
    quality: z.string(),
    note: z.string().max(2000, 'tooLong'),
  })
  .refine(
    (values) =>
      values.answeredAt === '' ||
      !toOffsetIso(values.askedAt) ||
      !toOffsetIso(values.answeredAt) ||
      new Date(toOffsetIso(values.answeredAt) as string) >=
        new Date(toOffsetIso(values.askedAt) as string),
    { message: 'answerBeforeQuestion', path: ['answeredAt'] },
  );
export type QuestionValues = z.infer<typeof schema>;
const FIELDS = ['url', 'askedAt', 'answeredAt', 'quality', 'note'] as const;

function toValues(question?: CitizenQuestion): QuestionValues {
  return {
    url: question?.url ?? '',
    askedAt: toLocalInput(question?.askedAt),
    answeredAt: toLocalInput(question?.answeredAt),
    quality:
      question?.quality === null || question?.quality === undefined ? '' : String(question.quality),
    note: question?.note ?? '',
  };
}

/** Local wall-clock times become instants with the reader's offset; empty fields are left out. */
export function toQuestionInput(values: QuestionValues): QuestionInput {
  return {
    url: values.url.trim(),
    askedAt: toOffsetIso(values.askedAt) as string,
    answeredAt: values.answeredAt ? (toOffsetIso(values.answeredAt) ?? undefined) : undefined,
    quality: values.quality === '' ? undefined : Number(values.quality),
    note: values.note.trim() || undefined,
  };
}

export type QuestionFormProps = {
  evaluationId: string;
  question?: CitizenQuestion;
  onDone: () => void;
  onChanged?: () => void;
};

/** Adds or changes one citizen question of the sample; times are entered in the local time zone. */
export function QuestionForm({ evaluationId, question, onDone, onChanged }: QuestionFormProps) {
  const { t } = useTranslation('evaluations');
  const save = useSaveQuestion(evaluationId, onChanged);
  const [problems, setProblems] = useState<string[]>([]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<QuestionValues>({ resolver: zodResolver(schema), defaultValues: toValues(question) });

  const fieldError = (field: keyof QuestionValues) => {
    const error = errors[field];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(`questionForm.errors.${error.message}`);
  };

  const onSubmit = handleSubmit((values) => {
    setProblems([]);
    save.mutate(
      { id: question?.id, body: toQuestionInput(values) },
      {
        onSuccess: onDone,
        onError: (error) => {
          const rest = applyServerErrors(error, FIELDS, setError);
          setProblems(rest ?? [errorMessage(error)]);
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('questionForm.label')}>
      <Stack>
        <FormProblems messages={problems} />
        <TextInput
          label={t('questionForm.url')}
          required
          placeholder="https://"
          error={fieldError('url')}
          {...register('url')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('questionForm.askedAt')}
            description={t('questionForm.localTime')}
            required
            error={fieldError('askedAt')}
            {...register('askedAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('questionForm.answeredAt')}
            description={t('questionForm.answeredHint')}
            error={fieldError('answeredAt')}
            {...register('answeredAt')}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="quality"
          render={({ field }) => (
            <Select
              ref={field.ref}
              label={t('questionForm.quality')}
              clearable
              data={[0, 1, 2].map((level) => ({
                value: String(level),
                label: t(`quality.${level}`),
              }))}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              error={fieldError('quality')}
            />
          )}
        />
        <Textarea
          label={t('questionForm.note')}
          autosize
          minRows={2}
          error={fieldError('note')}
          {...register('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
