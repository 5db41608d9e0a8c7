import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage, notifyError, notifySuccess } from '@/lib/notify';
import { ApiError, fieldErrors } from '@/lib/problem';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';

import { type Programme, type ProgrammeBody, useSaveProgramme } from '../api/training';
import '../i18n';

import { programmeBodyOf } from './programme-editor';

type Question = ProgrammeBody['modules'][number]['questions'] extends (infer Q)[] | undefined
  ? Q
  : never;

/** Which question is open: an existing one by its index, or a new one (index null) at the end of a module. */
type Open = { module: number; index: number | null };

const isStale = (error: unknown) => error instanceof ApiError && error.kind === 'stale-version';

/**
 * The field errors of one question: the API names them from the request root
 * (`update.request.modules[0].questions[2].options[1]`); keep what follows the question's own prefix.
 */
function questionErrors(error: unknown, module: number, index: number) {
  const prefix = `modules[${module}].questions[${index}]`;
  const own: Record<string, string> = {};
  const other: string[] = [];
  if (!(error instanceof ApiError)) return { own, other };
  for (const [path, message] of Object.entries(fieldErrors(error.problem))) {
    const field = path.replace(/^[A-Za-z]+\.request\./, '');
    if (field.startsWith(prefix)) own[field.slice(prefix.length).replace(/^\./, '')] = message;
    else other.push(field ? `${field}: ${message}` : message);
  }
  return { own, other };
}

/**
 * The final-test question bank of a programme edition, module by module: a draft edition's questions are added,
 * changed and removed one at a time (each change replaces the draft with the version read); an approved edition is
 * frozen and only listed, as it is for trainers.
 */
export function QuestionBank({
  programme,
  canManage,
  onReload,
}: {
  programme: Programme;
  canManage: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation('training');
  const save = useSaveProgramme(programme.id);
  const [open, setOpen] = useState<Open | null>(null);
  const [stale, setStale] = useState(false);
  const editable = canManage && programme.status === 'DRAFT';

  /** Replaces the draft with one module's questions changed. */
  const write = (
    module: number,
    questions: Question[],
    done: { onSuccess: () => void; onError?: (e: Error) => void },
  ) => {
    const body = programmeBodyOf(programme);
    body.modules = body.modules.map((m, i) => (i === module ? { ...m, questions } : m));
    save.mutate(body, {
      onSuccess: done.onSuccess,
      onError: (e) => {
        if (isStale(e)) setStale(true);
        else done.onError?.(e);
      },
    });
  };

  return (
    <Stack maw={900}>
      <Text size="sm">{t('bank.intro')}</Text>
      {programme.status !== 'DRAFT' && <Alert color="blue">{t('bank.frozen')}</Alert>}
      {programme.status === 'DRAFT' && !canManage && (
        <Alert color="blue">{t('bank.readOnly')}</Alert>
      )}
      {stale && (
        <Alert color="orange" role="alert" title={t('bank.staleTitle')}>
          <Text size="sm" mb="xs">
            {t('bank.staleText')}
          </Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              setStale(false);
              setOpen(null);
              save.reset();
              onReload();
            }}
          >
            {t('bank.reload')}
          </Button>
        </Alert>
      )}
      {programme.modules.map((m, i) => {
        const questions = m.questions;
        const headingId = `bank-module-${i}`;
        return (
          <Paper key={i} withBorder p="md" component="section" aria-labelledby={headingId}>
            <Group justify="space-between" mb="sm">
              <Title order={3} size="h4" id={headingId}>
                {t('bank.module', { n: i + 1, title: m.title })}
              </Title>
              <Badge variant="light">{t('bank.count', { count: questions.length })}</Badge>
            </Group>
            {questions.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('bank.empty')}
              </Text>
            ) : (
              <List
                type="ordered"
                spacing="sm"
                aria-label={t('bank.moduleQuestions', { n: i + 1 })}
              >
                {questions.map((q, k) =>
                  open?.module === i && open.index === k ? (
                    <List.Item key={k}>
                      <QuestionForm
                        module={i}
                        index={k}
                        initial={q}
                        save={save}
                        onCancel={() => {
                          save.reset();
                          setOpen(null);
                        }}
                        onSave={(question) =>
                          write(
                            i,
                            questions.map((x, y) => (y === k ? question : x)),
                            {
                              onSuccess: () => {
                                notifySuccess(t('bank.saved'));
                                setOpen(null);
                              },
                            },
                          )
                        }
                      />
                    </List.Item>
                  ) : (
                    <List.Item key={k}>
                      <Text fw={500}>{q.text}</Text>
                      <Text size="xs" c="dimmed">
                        {t(q.multiple ? 'bank.multiple' : 'bank.single')}
                      </Text>
                      <List size="sm" withPadding listStyleType="disc">
                        {q.options.map((option, o) => (
                          <List.Item key={o}>
                            {option}
                            {q.correct.includes(o) && (
                              <Badge ml="xs" size="sm" color="green" variant="light">
                                {t('bank.correct')}
                              </Badge>
                            )}
                          </List.Item>
                        ))}
                      </List>
                      {editable && open === null && (
                        <Group gap={4} mt={4}>
                          <Button
                            size="compact-xs"
                            variant="light"
                            aria-label={t('bank.editQuestion', { n: k + 1, module: i + 1 })}
                            onClick={() => {
                              save.reset();
                              setOpen({ module: i, index: k });
                            }}
                          >
                            {t('bank.edit')}
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            aria-label={t('bank.removeQuestion', { n: k + 1, module: i + 1 })}
                            loading={save.isPending}
                            onClick={() => {
                              if (!window.confirm(t('bank.confirmRemove', { text: q.text })))
                                return;
                              write(
                                i,
                                questions.filter((_, y) => y !== k),
                                {
                                  onSuccess: () => notifySuccess(t('bank.removed')),
                                  onError: (e) => notifyError(e),
                                },
                              );
                            }}
                          >
                            {t('bank.remove')}
                          </Button>
                        </Group>
                      )}
                    </List.Item>
                  ),
                )}
              </List>
            )}
            {editable && open?.module === i && open.index === null && (
              <QuestionForm
                module={i}
                index={questions.length}
                save={save}
                onCancel={() => {
                  save.reset();
                  setOpen(null);
                }}
                onSave={(question) =>
                  write(i, [...questions, question], {
                    onSuccess: () => {
                      notifySuccess(t('bank.saved'));
                      setOpen(null);
                    },
                  })
                }
              />
            )}
            {editable && open === null && (
              <Button
                mt="sm"
                variant="light"
                size="xs"
                aria-label={t('bank.addTo', { n: i + 1 })}
                onClick={() => {
                  save.reset();
                  setOpen({ module: i, index: null });
                }}
              >
                {t('bank.add')}
              </Button>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}

type Draft = { text: string; multiple: boolean; options: string[]; correct: number[] };

/** One question: its text, one or several correct answers, and 2–10 options with the correct ones ticked. */
function QuestionForm({
  module,
  index,
  initial,
  save,
  onSave,
  onCancel,
}: {
  module: number;
  index: number;
  initial?: Question;
  save: ReturnType<typeof useSaveProgramme>;
  onSave: (question: Question) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('training');
  const [d, setD] = useState<Draft>(() =>
    initial
      ? {
          text: initial.text,
          multiple: initial.multiple ?? false,
          options: [...initial.options],
          correct: [...initial.correct],
        }
      : { text: '', multiple: false, options: ['', ''], correct: [] },
  );
  const { own, other } = questionErrors(save.error, module, index);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, save.error);
  const general =
    save.error && !isStale(save.error)
      ? Object.keys(own).length === 0 && other.length === 0
        ? errorMessage(save.error)
        : other.join('; ')
      : '';
  const optionsError = own.options ?? own.correct;
  const title =
    initial === undefined
      ? t('bank.formNew', { module: module + 1 })
      : t('bank.formEdit', { n: index + 1, module: module + 1 });
  const toggle = (o: number, checked: boolean) => {
    if (!d.multiple) return setD({ ...d, correct: checked ? [o] : [] });
    const correct = checked ? [...d.correct, o] : d.correct.filter((c) => c !== o);
    setD({ ...d, correct: correct.sort((a, b) => a - b) });
  };
  const removeOption = (o: number) =>
    setD({
      ...d,
      options: d.options.filter((_, j) => j !== o),
      correct: d.correct.filter((c) => c !== o).map((c) => (c > o ? c - 1 : c)),
    });

  return (
    <form
      ref={formRef}
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave({
          text: d.text.trim(),
          multiple: d.multiple,
          options: d.options.map((o) => o.trim()),
          correct: d.correct,
        });
      }}
    >
      <Fieldset legend={title} mt="xs">
        <Stack gap="xs">
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <Textarea
            label={t('bank.text')}
            required
            autosize
            minRows={2}
            value={d.text}
            onChange={(e) => setD({ ...d, text: e.currentTarget.value })}
            error={own.text}
          />
          <Radio.Group
            label={t('bank.kind')}
            value={d.multiple ? 'multiple' : 'single'}
            onChange={(value) => {
              const multiple = value === 'multiple';
              setD({ ...d, multiple, correct: multiple ? d.correct : d.correct.slice(0, 1) });
            }}
            error={own.multiple}
          >
            <Group mt={4}>
              <Radio value="single" label={t('bank.single')} />
              <Radio value="multiple" label={t('bank.multiple')} />
            </Group>
          </Radio.Group>
          <Fieldset legend={t('bank.options')} variant="unstyled">
            <Text size="xs" c="dimmed" mb={4}>
              {t('bank.optionsHint')}
            </Text>
            <Stack gap={6}>
              {d.options.map((option, o) => (
                <Group key={o} align="flex-start" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('bank.option', { n: o + 1 })}
                    required
                    value={option}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setD({ ...d, options: d.options.map((x, j) => (j === o ? value : x)) });
                    }}
                    error={own[`options[${o}]`]}
                  />
                  <Checkbox
                    mt={30}
                    label={t('bank.isCorrect', { n: o + 1 })}
                    checked={d.correct.includes(o)}
                    onChange={(e) => toggle(o, e.currentTarget.checked)}
                  />
                  <Button
                    mt={24}
                    variant="subtle"
                    color="red"
                    aria-label={t('bank.removeOption', { n: o + 1 })}
                    disabled={d.options.length <= 2}
                    onClick={() => removeOption(o)}
                  >
                    ✕
                  </Button>
                </Group>
              ))}
              {optionsError && (
                <Text size="sm" c="red.8" role="alert">
                  {optionsError}
                </Text>
              )}
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  disabled={d.options.length >= 10}
                  onClick={() => setD({ ...d, options: [...d.options, ''] })}
                >
                  {t('bank.addOption')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
          <Group>
            <Button type="submit" size="xs" loading={save.isPending}>
              {t('bank.save')}
            </Button>
            <Button size="xs" variant="default" onClick={onCancel}>
              {t('bank.cancel')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
