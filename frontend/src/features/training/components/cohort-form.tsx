import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { SearchMultiSelect, SearchSelect } from '@/components/ui/search-select';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/notify';
import { ApiError, fieldErrors } from '@/lib/problem';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';

import {
  type Cohort,
  useApprovedProgrammeChoices,
  useCreateCohort,
  useTrainerChoices,
  useUpdateCohort,
} from '../api/training';
import '../i18n';

const initial = {
  programmeId: null as string | null,
  title: '',
  startsOn: '',
  endsOn: '',
  capacity: 20 as number | string,
  trainerIds: [] as string[],
  attendancePercent: 75 as number | string,
  requireAssignments: true,
  requireFinalTest: true,
  passPercent: 70 as number | string,
  attempts: 3 as number | string,
  questionsPerModule: 2 as number | string,
  autoIssue: false,
};

function valuesOf(cohort: Cohort): typeof initial {
  return {
    programmeId: cohort.programme.id,
    title: cohort.title,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    capacity: cohort.capacity,
    trainerIds: cohort.trainers.map((tr) => tr.id),
    attendancePercent: cohort.completion.attendancePercent ?? '',
    requireAssignments: cohort.completion.requireAssignments,
    requireFinalTest: cohort.completion.requireFinalTest,
    passPercent: cohort.finalTest.passPercent,
    attempts: cohort.finalTest.attempts,
    questionsPerModule: cohort.finalTest.questionsPerModule,
    autoIssue: cohort.autoIssue,
  };
}

/**
 * A coordinator or administrator opens a cohort of an approved programme, or changes one (`cohort`): dates,
 * trainers, capacity, the completion rule, the final test and automatic certificates, with the version read
 * (a stale one is refused with 409).
 */
export function CohortForm({ cohort, onSaved }: { cohort?: Cohort; onSaved?: () => void }) {
  const { t } = useTranslation('training');
  const navigate = useNavigate();
  const [programmeQuery, setProgrammeQuery] = useState('');
  const programmes = useApprovedProgrammeChoices(programmeQuery);
  const [trainerQuery, setTrainerQuery] = useState('');
  const trainers = useTrainerChoices(trainerQuery);
  const created = useCreateCohort();
  const updated = useUpdateCohort(cohort?.id ?? '');
  const create = cohort ? updated : created;
  const [v, setV] = useState(() => (cohort ? valuesOf(cohort) : initial));
  const errors = create.error instanceof ApiError ? fieldErrors(create.error.problem) : {};
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, create.error);
  const err = (field: string) =>
    Object.entries(errors).find(([path]) => path === field || path.endsWith(`.${field}`))?.[1];
  const known = new Set(['programmeId', 'title', 'startsOn', 'endsOn', 'capacity', 'trainerIds']);
  const other =
    create.error &&
    (Object.keys(errors).length === 0
      ? errorMessage(create.error)
      : Object.entries(errors)
          .filter(([path]) => !known.has(path.split('.').pop() ?? ''))
          .map(([, message]) => message)
          .join('; '));
  return (
    <form
      ref={formRef}
      aria-label={t(cohort ? 'cohortForm.editTitle' : 'cohortForm.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(
          {
            ...(cohort ? { version: cohort.version } : {}),
            programmeId: v.programmeId ?? '',
            title: v.title.trim(),
            startsOn: v.startsOn,
            endsOn: v.endsOn,
            capacity: Number(v.capacity),
            autoIssue: v.autoIssue,
            trainerIds: v.trainerIds,
            completion: {
              attendancePercent:
                v.attendancePercent === '' ? undefined : Number(v.attendancePercent),
              requireAssignments: v.requireAssignments,
              requireFinalTest: v.requireFinalTest,
            },
            finalTest: {
              passPercent: Number(v.passPercent),
              attempts: Number(v.attempts),
              questionsPerModule: Number(v.questionsPerModule),
            },
          },
          {
            onSuccess: (saved) => {
              if (onSaved) onSaved();
              else void navigate(paths.trainingCohort.getHref(saved.id));
            },
          },
        );
      }}
    >
      <Stack maw={760}>
        {other && (
          <Alert color="red" role="alert">
            {other}
          </Alert>
        )}
        <SearchSelect
          label={t('cohorts.programme')}
          required
          placeholder={t('cohortForm.programmePlaceholder')}
          options={programmes.data ?? []}
          selected={
            cohort
              ? {
                  value: cohort.programme.id,
                  label: `${cohort.programme.title} (${cohort.programme.edition})`,
                }
              : null
          }
          onQueryChange={setProgrammeQuery}
          searching={programmes.isFetching}
          searchingMessage={t('cohortForm.searching')}
          nothingFoundMessage={t('cohortForm.noProgrammes')}
          value={v.programmeId}
          onChange={(programmeId) => setV({ ...v, programmeId })}
          disabled={cohort !== undefined}
          error={err('programmeId')}
        />
        <TextInput
          label={t('cohorts.title')}
          required
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
          error={err('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('cohortForm.startsOn')}
            required
            value={v.startsOn}
            onChange={(e) => setV({ ...v, startsOn: e.currentTarget.value })}
            error={err('startsOn')}
          />
          <TextInput
            type="date"
            label={t('cohortForm.endsOn')}
            required
            value={v.endsOn}
            onChange={(e) => setV({ ...v, endsOn: e.currentTarget.value })}
            error={err('endsOn')}
          />
          <NumberInput
            label={t('cohortForm.capacity')}
            required
            min={1}
            value={v.capacity}
            onChange={(capacity) => setV({ ...v, capacity })}
            error={err('capacity')}
          />
        </SimpleGrid>
        <SearchMultiSelect
          label={t('cohortForm.trainers')}
          required
          placeholder={t('cohortForm.trainersPlaceholder')}
          options={trainers.data ?? []}
          selected={cohort?.trainers.map((tr) => ({ value: tr.id, label: tr.fullName }))}
          onQueryChange={setTrainerQuery}
          searching={trainers.isFetching}
          searchingMessage={t('cohortForm.searching')}
          nothingFoundMessage={t('cohortForm.noTrainers')}
          value={v.trainerIds}
          onChange={(trainerIds) => setV({ ...v, trainerIds })}
          error={err('trainerIds')}
        />
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <NumberInput
            label={t('cohortForm.attendancePercent')}
            min={0}
            max={100}
            value={v.attendancePercent}
            onChange={(attendancePercent) => setV({ ...v, attendancePercent })}
          />
          <NumberInput
            label={t('cohortForm.passPercent')}
            min={1}
            max={100}
            value={v.passPercent}
            onChange={(passPercent) => setV({ ...v, passPercent })}
          />
          <NumberInput
            label={t('cohortForm.attempts')}
            min={1}
            value={v.attempts}
            onChange={(attempts) => setV({ ...v, attempts })}
          />
          <NumberInput
            label={t('cohortForm.questionsPerModule')}
            min={1}
            value={v.questionsPerModule}
            onChange={(questionsPerModule) => setV({ ...v, questionsPerModule })}
          />
        </SimpleGrid>
        <Group>
          <Checkbox
            label={t('cohortForm.requireAssignments')}
            checked={v.requireAssignments}
            onChange={(e) => setV({ ...v, requireAssignments: e.currentTarget.checked })}
          />
          <Checkbox
            label={t('cohortForm.requireFinalTest')}
            checked={v.requireFinalTest}
            onChange={(e) => setV({ ...v, requireFinalTest: e.currentTarget.checked })}
          />
          <Checkbox
            label={t('cohortForm.autoIssue')}
            checked={v.autoIssue}
            onChange={(e) => setV({ ...v, autoIssue: e.currentTarget.checked })}
          />
        </Group>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t(cohort ? 'cohortForm.save' : 'cohortForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
