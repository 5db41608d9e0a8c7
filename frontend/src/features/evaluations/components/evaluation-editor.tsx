import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { errorMessage, notifySuccess } from '@/lib/notify';
import { ApiError } from '@/lib/problem';

import { useRecommendationTexts } from '../api/get-criteria-texts';
import { evaluationQueryOptions, useEvaluation } from '../api/get-evaluation';
import { saveAnswers } from '../api/save-answers';
import type { Answer, Evaluation } from '../api/schema';
import { useSubmitEvaluation } from '../api/submit-evaluation';

import {
  type AnswerDraft,
  type DraftErrors,
  liveCompleteness,
  liveIndex,
  validateDraft,
} from './answer-draft';
import { AnswerDraftStore } from './answer-draft-store';
import { AutosaveIndicator, StaleDraftAlert } from './autosave-indicator';
import { groupAnswers } from './criteria-view';
import { CriterionCard, criterionAnchor } from './criterion-card';
import { formatIndex } from './format';
import { QuestionSampleEditor } from './question-sample';
import { EvaluationStatusBadge } from './status-badge';
import { groupLabel } from './value-text';

const EDITABLE_STATUSES = ['DRAFT', 'RETURNED'];
const EDITABLE_STAGES = ['EVALUATION', 'REVIEW'];

export function isEditable(evaluation: Evaluation) {
  return (
    EDITABLE_STATUSES.includes(evaluation.status) &&
    EDITABLE_STAGES.includes(evaluation.campaign.stage)
  );
}

/** `answers.PROFILE.PHONE` or `answers.PROFILE.PHONE.recommendation` → the criterion and the field. */
function submitViolation(field: string, answers: Answer[]) {
  if (!field.startsWith('answers.')) return null;
  const rest = field.slice('answers.'.length);
  const answer = [...answers]
    .sort((a, b) => b.code.length - a.code.length)
    .find((a) => rest === a.code || rest.startsWith(`${a.code}.`));
  if (!answer) return null;
  const tail = rest.slice(answer.code.length + 1);
  const field2: keyof AnswerDraft = ['recommendation', 'evidenceUrl', 'naReason'].includes(tail)
    ? (tail as keyof AnswerDraft)
    : 'value';
  return { answer, field: field2 };
}

export function EvaluationEditor({ id }: { id: string }) {
  const evaluation = useEvaluation(id);
  return (
    <DataState
      isLoading={evaluation.isPending}
      error={evaluation.error}
      isEmpty={false}
      onRetry={() => void evaluation.refetch()}
    >
      {evaluation.data && <EditorBody key={id} initial={evaluation.data} />}
    </DataState>
  );
}

function EditorBody({ initial }: { initial: Evaluation }) {
  const { t, i18n } = useTranslation('evaluations');
  const queryClient = useQueryClient();
  const id = initial.id;
  const query = useEvaluation(id);
  const texts = useRecommendationTexts(initial.campaign.criteriaSetId);

  const [store] = useState(
    () =>
      new AnswerDraftStore(
        initial,
        async (body) => {
          const saved = await saveAnswers(id, body);
          queryClient.setQueryData(['evaluation', id], saved);
          return saved;
        },
        { errorMessage },
      ),
  );
  useEffect(() => {
    if (texts.data) store.setRecommendations(texts.data);
  }, [texts.data, store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { evaluation, drafts, status, serverErrors, unsaved } = snapshot;

  // newer server states (a question of the sample changed the derived criteria) flow into the form
  useEffect(() => {
    if (query.data) store.adopt(query.data);
  }, [query.data, store]);
  // leaving the screen saves what is pending; closing the tab with unsaved input asks first
  useEffect(() => () => void store.flush(), [store]);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const [submitErrors, setSubmitErrors] = useState<Record<string, DraftErrors>>({});
  const [submitProblem, setSubmitProblem] = useState<string | null>(null);
  const [tab, setTab] = useState<string | null>('criteria');
  const [reloading, setReloading] = useState(false);
  const submit = useSubmitEvaluation(id);

  const editable = isEditable(evaluation) && status.kind !== 'locked';
  const index = liveIndex(evaluation.answers, drafts);
  const completeness = liveCompleteness(evaluation.answers, drafts);
  const groups = useMemo(() => groupAnswers(evaluation.answers), [evaluation.answers]);

  const onChange = useCallback(
    (criterionId: string, patch: Partial<AnswerDraft>) => {
      store.update(criterionId, patch);
      setSubmitErrors((current) => {
        if (!current[criterionId]) return current;
        const next = { ...current };
        delete next[criterionId];
        return next;
      });
    },
    [store],
  );

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ ...evaluationQueryOptions(id), staleTime: 0 });
      store.adopt(fresh, { afterConflict: true });
    } finally {
      setReloading(false);
    }
  };

  const focusCriterion = (code: string) => {
    setTab('criteria');
    // the tab panel renders first, then the card can take focus
    requestAnimationFrame(() => {
      const card = document.getElementById(criterionAnchor(code));
      card?.scrollIntoView({ block: 'center' });
      card?.querySelector<HTMLElement>('input:not([disabled]), textarea:not([readonly])')?.focus();
    });
  };

  const onSubmit = async () => {
    setSubmitProblem(null);
    setSubmitErrors({});
    const saved = await store.flush();
    if (!saved) {
      setSubmitProblem(t('submit.notSaved'));
      return;
    }
    submit.mutate(store.currentVersion(), {
      onSuccess: (result) => {
        store.lock(result);
        notifySuccess(t('submit.done'));
      },
      onError: (error) => {
        if (error instanceof ApiError && error.kind === 'stale-version') {
          setSubmitProblem(t('submit.stale'));
          return;
        }
        const mapped: Record<string, DraftErrors> = {};
        const other: string[] = [];
        if (error instanceof ApiError) {
          for (const violation of error.problem.violations ?? []) {
            const target = submitViolation(violation.field ?? '', evaluation.answers);
            if (target) {
              mapped[target.answer.criterionId] = {
                ...mapped[target.answer.criterionId],
                [target.field]: violation.message ?? '',
              };
            } else if (violation.message) {
              other.push(violation.message);
            }
          }
        }
        setSubmitErrors(mapped);
        setSubmitProblem([errorMessage(error), ...other].filter(Boolean).join(' '));
        const first = evaluation.answers
          .slice()
          .sort((a, b) => a.position - b.position)
          .find((answer) => mapped[answer.criterionId]);
        if (first) focusCriterion(first.code);
      },
    });
  };

  const errorsOf = (answer: Answer): DraftErrors => {
    const local = validateDraft(answer, drafts[answer.criterionId]);
    const translated: DraftErrors = {};
    for (const [field, key] of Object.entries(local)) {
      translated[field as keyof DraftErrors] = t(`errors.${key}`);
    }
    return {
      ...translated,
      ...serverErrors[answer.criterionId],
      ...submitErrors[answer.criterionId],
    };
  };

  return (
    <Stack>
      <PageHeader
        title={t('editor.title', { account: evaluation.account.displayName })}
        actions={<EvaluationStatusBadge status={evaluation.status} />}
      />
      <Group gap="md" mt={-8}>
        <Text size="sm">
          {evaluation.campaign.title} ({evaluation.campaign.period})
        </Text>
        <Anchor size="sm" href={evaluation.account.url} target="_blank" rel="noopener noreferrer">
          {evaluation.account.url}
        </Anchor>
        <Text size="sm" c="dimmed">
          {evaluation.organization.name} · {evaluation.municipality.name}
        </Text>
        {evaluation.role === 'SECOND' && <Badge variant="outline">{t('role.SECOND')}</Badge>}
      </Group>

      {evaluation.status === 'RETURNED' && evaluation.reviewComment && (
        <Alert color="orange" title={t('editor.returned')}>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {evaluation.reviewComment}
          </Text>
        </Alert>
      )}
      {!isEditable(evaluation) && (
        <Alert color="blue">
          {t('editor.readOnly', { status: t(`status.${evaluation.status}`) })}
        </Alert>
      )}
      {status.kind === 'stale' && (
        <StaleDraftAlert onReload={() => void reload()} loading={reloading} />
      )}
      {status.kind === 'locked' && (
        <Alert color="red" role="alert" title={t('autosave.lockedTitle')}>
          {status.message}
        </Alert>
      )}

      <Paper
        withBorder
        p="md"
        pos="sticky"
        top={68}
        style={{ zIndex: 5 }}
        aria-label={t('editor.summary')}
        component="section"
      >
        <Group justify="space-between" align="center" wrap="wrap">
          <Group gap="xl" wrap="wrap">
            <Stack gap={0}>
              <Text size="xs" c="dimmed" tt="uppercase">
                {t('editor.liveIndex')}
              </Text>
              <Text size="xl" fw={700} data-testid="live-index">
                {formatIndex(index, i18n.language)}
              </Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed" tt="uppercase">
                {t('editor.savedIndex')}
              </Text>
              <Text fw={600} data-testid="saved-index">
                {formatIndex(evaluation.index, i18n.language)}
              </Text>
            </Stack>
            <Stack gap={4} miw={180}>
              <Text size="xs" c="dimmed" tt="uppercase">
                {t('editor.completeness', completeness)}
              </Text>
              <Progress
                value={
                  completeness.applicable
                    ? (100 * completeness.filled) / completeness.applicable
                    : 0
                }
                aria-label={t('editor.completeness', completeness)}
              />
            </Stack>
          </Group>
          <Group gap="sm">
            {isEditable(evaluation) && (
              <AutosaveIndicator status={status} onRetry={() => store.retry()} />
            )}
            {editable && (
              <Button
                type="button"
                leftSection={<IconSend size={16} aria-hidden />}
                onClick={() => void onSubmit()}
                loading={submit.isPending}
              >
                {t('submit.action')}
              </Button>
            )}
          </Group>
        </Group>
        {submitProblem && (
          <Alert color="red" role="alert" mt="sm" title={t('submit.failed')}>
            {submitProblem}
          </Alert>
        )}
      </Paper>

      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="criteria">{t('editor.criteriaTab')}</Tabs.Tab>
          <Tabs.Tab value="questions">
            {t('editor.questionsTab', { count: evaluation.answerTimes.questions })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="criteria" pt="md">
          <Stack gap="lg">
            {groups.map(([group, answers]) => (
              <Stack key={group} gap="sm" component="section" aria-label={groupLabel(t, group)}>
                <Title order={3}>{groupLabel(t, group)}</Title>
                {answers.map((answer) => (
                  <CriterionCard
                    key={answer.criterionId}
                    answer={answer}
                    draft={drafts[answer.criterionId]}
                    errors={errorsOf(answer)}
                    editable={editable}
                    onChange={onChange}
                  />
                ))}
              </Stack>
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="questions" pt="md">
          <QuestionSampleEditor
            evaluationId={id}
            editable={editable}
            onChanged={() => void query.refetch()}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
