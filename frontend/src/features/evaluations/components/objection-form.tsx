import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { applyServerErrors } from '@/lib/form-errors';
import { errorMessage, notifySuccess } from '@/lib/notify';

import { useCreateObjection } from '../api/objections';
import type { Answer } from '../api/schema';

import { FormProblems } from './form-problems';

const schema = z.object({
  comment: z.string().trim().min(1, 'required').max(4000, 'tooLong'),
  evidenceUrl: z
    .string()
    .trim()
    .max(2000, 'tooLong')
    .regex(/^(https?:\/\/\S+)?$/i, 'url'),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['comment', 'evidenceUrl'] as const;

export type ObjectionFormProps = {
  evaluationId: string;
  answer: Pick<Answer, 'criterionId' | 'code' | 'title'>;
  onDone: () => void;
};

/** An organization contests one criterion of its preliminary evaluation, with a comment and evidence. */
export function ObjectionForm({ evaluationId, answer, onDone }: ObjectionFormProps) {
  const { t } = useTranslation('evaluations');
  const create = useCreateObjection(evaluationId);
  const [problems, setProblems] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { comment: '', evidenceUrl: '' },
  });

  const fieldError = (field: keyof Values) => {
    const error = errors[field];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(`objectionForm.errors.${error.message}`);
  };

  const onSubmit = handleSubmit((values) => {
    setProblems([]);
    create.mutate(
      {
        criterionId: answer.criterionId,
        comment: values.comment.trim(),
        evidenceUrl: values.evidenceUrl.trim() || undefined,
      },
      {
        onSuccess: () => {
          notifySuccess(t('objectionForm.sent'));
          onDone();
        },
        onError: (error) => {
          const rest = applyServerErrors(error, FIELDS, setError);
          setProblems(rest ?? [errorMessage(error)]);
        },
      },
    );
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t('objectionForm.label', { title: answer.title })}
    >
      <Stack gap="sm">
        <Text size="sm">
          {t('objectionForm.about', { code: answer.code, title: answer.title })}
        </Text>
        <FormProblems messages={problems} />
        <Textarea
          label={t('objectionForm.comment')}
          description={t('objectionForm.commentHint')}
          required
          autosize
          minRows={3}
          error={fieldError('comment')}
          {...register('comment')}
        />
        <TextInput
          label={t('objectionForm.evidenceUrl')}
          type="url"
          placeholder="https://"
          error={fieldError('evidenceUrl')}
          {...register('evidenceUrl')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('objectionForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
