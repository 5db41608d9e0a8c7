import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { type ComponentType, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { paths } from '@/config/paths';
import { errorMessage, notifySuccess } from '@/lib/notify';
import { ApiError, fieldErrors } from '@/lib/problem';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';

import {
  type FormAnswer,
  type SelfAssessmentBody,
  useSelfAssessmentForm,
  useSubmitSelfAssessment,
} from '../api/self-assessment';
import { useCabinet } from '../api/training';
import '../i18n';

/** The evaluation form's input for one criterion (the monitoring form's own component, passed in by the route). */
export type CriterionFieldProps = {
  answer: FormAnswer;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string;
  id: string;
};

export type SelfAssessmentFormProps = {
  assignmentId: string;
  CriterionField: ComponentType<CriterionFieldProps>;
};

type Draft = { value: number | null; na: boolean; naReason: string };

/**
 * The self-assessment: the learner picks one of the accounts they run and fills the evaluation form of the
 * assignment's methodology; submitting it submits the assignment. The answers are private.
 */
export function SelfAssessmentFormScreen({
  assignmentId,
  CriterionField,
}: SelfAssessmentFormProps) {
  const { t } = useTranslation('training');
  const cabinet = useCabinet();
  const accounts = cabinet.data?.learner.accounts ?? [];
  const [accountId, setAccountId] = useState<string | null>(null);
  const form = useSelfAssessmentForm(assignmentId, accountId);
  return (
    <Stack>
      <Alert color="blue">{t('self.private')}</Alert>
      <DataState
        isLoading={cabinet.isLoading}
        error={cabinet.error}
        isEmpty={accounts.length === 0}
        emptyText={t('cabinet.noAccounts')}
      >
        <Select
          label={t('self.account')}
          data={accounts.map((a) => ({ value: a.id, label: `${a.displayName} (${a.platform})` }))}
          value={accountId}
          onChange={setAccountId}
          w={{ base: '100%', sm: 480 }}
        />
      </DataState>
      {accountId && (
        <DataState isLoading={form.isLoading} error={form.error} isEmpty={false}>
          {form.data && (
            <Criteria
              key={accountId}
              assignmentId={assignmentId}
              accountId={accountId}
              methodology={`${form.data.methodology.name}, ${t('self.edition', { edition: form.data.methodology.edition })}`}
              answers={form.data.answers}
              CriterionField={CriterionField}
            />
          )}
        </DataState>
      )}
    </Stack>
  );
}

function Criteria({
  assignmentId,
  accountId,
  methodology,
  answers,
  CriterionField,
}: {
  assignmentId: string;
  accountId: string;
  methodology: string;
  answers: FormAnswer[];
  CriterionField: ComponentType<CriterionFieldProps>;
}) {
  const { t } = useTranslation('training');
  const navigate = useNavigate();
  const submit = useSubmitSelfAssessment(assignmentId);
  const fillable = answers.filter((a) => a.applicable && a.type !== 'DERIVED');
  const outside = answers.filter((a) => !a.applicable || a.type === 'DERIVED');
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, submit.error);
  const draft = (id: string): Draft => drafts[id] ?? { value: null, na: false, naReason: '' };
  const change = (id: string, next: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [id]: { ...draft(id), ...next } }));

  const body: SelfAssessmentBody = {
    accountId,
    answers: fillable.map((a) => {
      const d = draft(a.criterionId);
      return d.na
        ? { criterionId: a.criterionId, notApplicable: true, naReason: d.naReason }
        : { criterionId: a.criterionId, value: d.value ?? undefined };
    }),
  };
  // server problems: `answers[i].field` by position in the body, `answers.CODE` for a missing answer
  const errors =
    submit.error instanceof ApiError
      ? fieldErrors(submit.error.problem)
      : ({} as Record<string, string>);
  const errorOf = (a: FormAnswer, field: 'value' | 'naReason'): string | undefined => {
    const index = fillable.indexOf(a);
    return (
      errors[`answers[${index}].${field}`] ??
      (field === 'value' ? errors[`answers.${a.code}`] : undefined)
    );
  };

  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        submit.mutate(body, {
          onSuccess: (created) => {
            notifySuccess(t('self.submitted'));
            void navigate(paths.selfAssessment.getHref(created.id));
          },
        });
      }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('self.methodology', { name: methodology })}
        </Text>
        {fillable.map((a) => {
          const d = draft(a.criterionId);
          const id = `criterion-${a.criterionId}`;
          return (
            <Card
              withBorder
              key={a.criterionId}
              component="section"
              aria-labelledby={`${id}-title`}
            >
              <Stack gap="xs">
                <Title order={3} size="h5" id={`${id}-title`}>
                  {a.code} · {a.title}
                </Title>
                {a.guidance && (
                  <Text size="sm" c="dimmed">
                    {a.guidance}
                  </Text>
                )}
                {!d.na && (
                  <CriterionField
                    id={id}
                    answer={a}
                    value={d.value}
                    onChange={(value) => change(a.criterionId, { value })}
                    error={errorOf(a, 'value')}
                  />
                )}
                <Checkbox
                  label={t('self.notApplicable')}
                  checked={d.na}
                  onChange={(event) => change(a.criterionId, { na: event.currentTarget.checked })}
                />
                {d.na && (
                  <Textarea
                    label={t('self.naReason')}
                    value={d.naReason}
                    onChange={(event) =>
                      change(a.criterionId, { naReason: event.currentTarget.value })
                    }
                    error={errorOf(a, 'naReason')}
                    autosize
                    minRows={1}
                  />
                )}
              </Stack>
            </Card>
          );
        })}
        {outside.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('self.outside', { codes: outside.map((a) => a.code).join(', ') })}
          </Text>
        )}
        {submit.error && (
          <Alert color="red" role="alert">
            {errorMessage(submit.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={submit.isPending}>
            {t('self.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
