import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { errorMessage, notifySuccess } from '@/lib/notify';
import { ApiError, fieldErrors } from '@/lib/problem';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';

import { type Programme, type ProgrammeBody, useSaveProgramme } from '../api/training';
import '../i18n';

type Module = ProgrammeBody['modules'][number];
type Form = ProgrammeBody['form'];
const FORMS: Form[] = ['BLENDED', 'FULL_TIME', 'DISTANCE'];

type Draft = {
  title: string;
  annotation: string;
  totalHours: number | string;
  form: Form;
  modules: {
    title: string;
    hours: number | string;
    topics: { title: string; hours: number | string }[];
    questions: Module['questions'];
  }[];
  outcomes: string[];
  issuer: { name: string; inn: string; licenceNumber: string; licenceDate: string };
};

function draftOf(p?: Programme): Draft {
  if (!p) {
    return {
      title: '',
      annotation: '',
      totalHours: 36,
      form: 'BLENDED',
      modules: [{ title: '', hours: 36, topics: [], questions: [] }],
      outcomes: [''],
      issuer: { name: '', inn: '', licenceNumber: '', licenceDate: '' },
    };
  }
  return {
    title: p.title,
    annotation: p.annotation ?? '',
    totalHours: p.totalHours,
    form: p.form,
    modules: p.modules.map((m) => ({
      title: m.title,
      hours: m.hours,
      topics: (m.topics ?? []).map((topic) => ({ title: topic.title, hours: topic.hours ?? '' })),
      questions: m.questions ?? [],
    })),
    outcomes: p.outcomes.length > 0 ? [...p.outcomes] : [''],
    issuer: { ...p.issuer },
  };
}

function bodyOf(d: Draft, version?: number): ProgrammeBody {
  const annotation = d.annotation.trim();
  return {
    ...(version === undefined ? {} : { version }),
    title: d.title.trim(),
    ...(annotation ? { annotation } : {}),
    totalHours: Number(d.totalHours),
    form: d.form,
    modules: d.modules.map((m) => ({
      title: m.title.trim(),
      hours: Number(m.hours),
      topics: m.topics.map((topic) => ({
        title: topic.title.trim(),
        ...(topic.hours === '' ? {} : { hours: Number(topic.hours) }),
      })),
      questions: m.questions ?? [],
    })),
    outcomes: d.outcomes.map((o) => o.trim()).filter((o) => o !== ''),
    issuer: {
      name: d.issuer.name.trim(),
      inn: d.issuer.inn.trim(),
      licenceNumber: d.issuer.licenceNumber.trim(),
      licenceDate: d.issuer.licenceDate,
    },
  };
}

/** A stored edition as the body that replaces it, with its version; the question bank's edits start from it. */
export function programmeBodyOf(p: Programme): ProgrammeBody {
  return bodyOf(draftOf(p), p.version);
}

/**
 * Writing a programme edition: a new programme, or the draft edition of one (an approved edition never changes;
 * a change is a new edition). The final-test question bank of each module is kept as it is.
 */
export function ProgrammeEditor({ programme }: { programme?: Programme }) {
  const { t } = useTranslation('training');
  const navigate = useNavigate();
  const save = useSaveProgramme(programme?.id);
  const [d, setD] = useState<Draft>(() => draftOf(programme));
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, save.error);
  // bean-validation paths name the method and its parameter (`update.request.issuer.inn`): keep the field's own path
  const errors = Object.fromEntries(
    Object.entries(save.error instanceof ApiError ? fieldErrors(save.error.problem) : {}).map(
      ([path, message]) => [path.replace(/^[A-Za-z]+\.request\./, ''), message],
    ),
  );
  const shown = new Set<string>();
  const err = (path: string) => {
    if (errors[path]) shown.add(path);
    return errors[path];
  };
  const setModule = (i: number, change: Partial<Draft['modules'][number]>) =>
    setD({ ...d, modules: d.modules.map((m, j) => (j === i ? { ...m, ...change } : m)) });
  const moduleSum = d.modules.reduce((sum, m) => sum + (Number(m.hours) || 0), 0);

  const fields = (
    <>
      <TextInput
        label={t('editor.title')}
        required
        value={d.title}
        onChange={(e) => setD({ ...d, title: e.currentTarget.value })}
        error={err('title')}
      />
      <Textarea
        label={t('editor.annotation')}
        autosize
        minRows={3}
        value={d.annotation}
        onChange={(e) => setD({ ...d, annotation: e.currentTarget.value })}
        error={err('annotation')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('editor.totalHours')}
          description={t('editor.totalHoursHint')}
          required
          min={16}
          max={2000}
          value={d.totalHours}
          onChange={(totalHours) => setD({ ...d, totalHours })}
          error={err('totalHours')}
        />
        <Select
          label={t('editor.form')}
          required
          data={FORMS.map((f) => ({ value: f, label: t(`programmeForm.${f}`) }))}
          value={d.form}
          onChange={(form) => setD({ ...d, form: (form ?? 'BLENDED') as Form })}
          allowDeselect={false}
          error={err('form')}
        />
      </SimpleGrid>
      <Fieldset legend={t('editor.modules')}>
        <Stack>
          <Text size="sm" c={moduleSum === Number(d.totalHours) ? 'dimmed' : 'red.8'}>
            {t('editor.moduleSum', { sum: moduleSum, total: Number(d.totalHours) || 0 })}
          </Text>
          {err('modules') && (
            <Text size="sm" c="red.8" role="alert">
              {err('modules')}
            </Text>
          )}
          {d.modules.map((m, i) => (
            <Fieldset key={i} legend={t('editor.module', { n: i + 1 })} variant="filled">
              <Stack gap="xs">
                <Group align="flex-end" grow>
                  <TextInput
                    label={t('editor.moduleTitle')}
                    required
                    value={m.title}
                    onChange={(e) => setModule(i, { title: e.currentTarget.value })}
                    error={err(`modules[${i}].title`)}
                  />
                  <NumberInput
                    label={t('editor.hours')}
                    required
                    min={1}
                    value={m.hours}
                    onChange={(hours) => setModule(i, { hours })}
                    error={err(`modules[${i}].hours`)}
                  />
                </Group>
                {err(`modules[${i}].topics`) && (
                  <Text size="sm" c="red.8" role="alert">
                    {err(`modules[${i}].topics`)}
                  </Text>
                )}
                {m.topics.map((topic, k) => (
                  <Group key={k} align="flex-end" wrap="nowrap">
                    <TextInput
                      style={{ flex: 1 }}
                      label={t('editor.topic', { n: k + 1 })}
                      required
                      value={topic.title}
                      onChange={(e) => {
                        const title = e.currentTarget.value;
                        setModule(i, {
                          topics: m.topics.map((x, y) => (y === k ? { ...x, title } : x)),
                        });
                      }}
                      error={err(`modules[${i}].topics[${k}].title`)}
                    />
                    <NumberInput
                      w={110}
                      label={t('editor.topicHours', { n: k + 1 })}
                      min={0}
                      value={topic.hours}
                      onChange={(hours) =>
                        setModule(i, {
                          topics: m.topics.map((x, y) => (y === k ? { ...x, hours } : x)),
                        })
                      }
                      error={err(`modules[${i}].topics[${k}].hours`)}
                    />
                    <Button
                      variant="subtle"
                      color="red"
                      aria-label={t('editor.removeTopic', { n: k + 1, module: i + 1 })}
                      onClick={() => setModule(i, { topics: m.topics.filter((_, y) => y !== k) })}
                    >
                      ✕
                    </Button>
                  </Group>
                ))}
                <Group justify="space-between">
                  <Button
                    variant="light"
                    size="xs"
                    onClick={() =>
                      setModule(i, { topics: [...m.topics, { title: '', hours: '' }] })
                    }
                  >
                    {t('editor.addTopic')}
                  </Button>
                  <Text size="xs" c="dimmed">
                    {t('editor.questions', { count: m.questions?.length ?? 0 })}
                  </Text>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    disabled={d.modules.length === 1}
                    onClick={() => setD({ ...d, modules: d.modules.filter((_, j) => j !== i) })}
                  >
                    {t('editor.removeModule', { n: i + 1 })}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          ))}
          <Group>
            <Button
              variant="light"
              onClick={() =>
                setD({
                  ...d,
                  modules: [...d.modules, { title: '', hours: 1, topics: [], questions: [] }],
                })
              }
            >
              {t('editor.addModule')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('editor.outcomes')}>
        <Stack gap="xs">
          {d.outcomes.map((o, i) => (
            <Group key={i} align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('editor.outcome', { n: i + 1 })}
                value={o}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setD({ ...d, outcomes: d.outcomes.map((x, j) => (j === i ? value : x)) });
                }}
                error={err(`outcomes[${i}]`)}
              />
              <Button
                variant="subtle"
                color="red"
                aria-label={t('editor.removeOutcome', { n: i + 1 })}
                onClick={() => setD({ ...d, outcomes: d.outcomes.filter((_, j) => j !== i) })}
              >
                ✕
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => setD({ ...d, outcomes: [...d.outcomes, ''] })}
            >
              {t('editor.addOutcome')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('editor.issuer')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('editor.issuerName')}
            required
            value={d.issuer.name}
            onChange={(e) => setD({ ...d, issuer: { ...d.issuer, name: e.currentTarget.value } })}
            error={err('issuer.name')}
          />
          <TextInput
            label={t('editor.inn')}
            required
            inputMode="numeric"
            maxLength={10}
            value={d.issuer.inn}
            onChange={(e) => setD({ ...d, issuer: { ...d.issuer, inn: e.currentTarget.value } })}
            error={err('issuer.inn')}
          />
          <TextInput
            label={t('editor.licenceNumber')}
            required
            value={d.issuer.licenceNumber}
            onChange={(e) =>
              setD({ ...d, issuer: { ...d.issuer, licenceNumber: e.currentTarget.value } })
            }
            error={err('issuer.licenceNumber')}
          />
          <TextInput
            type="date"
            label={t('editor.licenceDate')}
            required
            value={d.issuer.licenceDate}
            onChange={(e) =>
              setD({ ...d, issuer: { ...d.issuer, licenceDate: e.currentTarget.value } })
            }
            error={err('issuer.licenceDate')}
          />
        </SimpleGrid>
      </Fieldset>
    </>
  );
  const rest = Object.entries(errors)
    .filter(([path]) => !shown.has(path))
    .map(([path, message]) => (path ? `${path}: ${message}` : message));
  const other =
    save.error && (Object.keys(errors).length === 0 ? errorMessage(save.error) : rest.join('; '));

  return (
    <form
      ref={formRef}
      aria-label={t(programme ? 'editor.editTitle' : 'editor.newTitle')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(bodyOf(d, programme?.version), {
          onSuccess: () => {
            notifySuccess(t('editor.saved'));
            void navigate(paths.trainingProgrammes.getHref());
          },
        });
      }}
    >
      <Stack maw={900}>
        {other && (
          <Alert color="red" role="alert">
            {other}
          </Alert>
        )}
        {fields}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('editor.save')}
          </Button>
          <Button
            variant="default"
            onClick={() => void navigate(paths.trainingProgrammes.getHref())}
          >
            {t('editor.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
