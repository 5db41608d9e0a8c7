import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconArrowDown,
  IconArrowUp,
  IconCheck,
  IconDeviceFloppy,
  IconEdit,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { errorMessage, notifyError, notifySuccess } from '@/lib/notify';
import { ApiError, fieldErrors } from '@/lib/problem';

import { useApproveCriteriaSet, useDeleteCriteriaSet } from '../api/criteria-set-actions';
import { useSaveCriteriaSet } from '../api/save-criteria-set';
import type { CriteriaSet, Criterion, CriterionInput } from '../api/schema';

import { CriterionForm } from './criterion-form';
import { groupCriteria } from './group-criteria';
import { CriteriaSetStatusBadge } from './status-badge';
import { WeightTotal } from './weight-total';
import { maxPoints, totalWeight, weightsComplete } from './weights';

type Row = CriterionInput & { key: string };

let nextKey = 0;
const newKey = () => `new-${(nextKey += 1)}`;

/** The fields the server takes, from a saved criterion or a row being edited (its key dropped). */
function toInput(criterion: Criterion | CriterionInput): CriterionInput {
  return {
    code: criterion.code,
    group: criterion.group,
    title: criterion.title,
    guidance: criterion.guidance,
    recommendation: criterion.recommendation,
    normative: criterion.normative,
    weight: criterion.weight,
    type: criterion.type,
    levels: criterion.levels,
    thresholds: criterion.thresholds,
    direction: criterion.direction ?? undefined,
    unit: criterion.unit ?? undefined,
    metric: criterion.metric ?? undefined,
    platforms: criterion.platforms,
    sectors: criterion.sectors,
    organizationKinds: criterion.organizationKinds,
  };
}

/** Server messages for `criteria[i].field`, grouped by the criterion's index. */
function criterionErrors(problem: ApiError['problem']) {
  const byIndex: Record<number, string[]> = {};
  const rest: string[] = [];
  for (const [field, message] of Object.entries(fieldErrors(problem))) {
    const match = /^(?:.*\.)?criteria\[(\d+)\]\.?(.*)$/.exec(field);
    if (match) {
      (byIndex[Number(match[1])] ??= []).push(message);
    } else if (field !== 'name' && field !== 'description') {
      rest.push(`${field}: ${message}`);
    }
  }
  return { byIndex, rest };
}

export type CriteriaSetEditorProps = { set: CriteriaSet; onReload: () => void };

/**
 * The draft editor: criteria grouped as readers will see them, each edited in a form that fits its
 * type, reordered within its group, with the weight total kept in view. Saving replaces the draft as a
 * whole (optimistic locking); approving needs the saved draft and weights that add up to 100.
 */
export function CriteriaSetEditor({ set, onReload }: CriteriaSetEditorProps) {
  const { t, i18n } = useTranslation('methodology');
  const navigate = useNavigate();
  const [name, setName] = useState(set.name);
  const [description, setDescription] = useState(set.description ?? '');
  const [rows, setRows] = useState<Row[]>(() =>
    set.criteria.map((criterion) => ({ ...toInput(criterion), key: criterion.id })),
  );
  const [dirty, setDirty] = useState(false);
  const [editing, setEditing] = useState<{ index: number | null } | null>(null);
  const [stale, setStale] = useState(false);
  const [problem, setProblem] = useState<{
    title: string;
    messages: string[];
    byIndex: Record<number, string[]>;
    name?: string;
  } | null>(null);
  const [confirmDelete, { open: askDelete, close: closeDelete }] = useDisclosure(false);

  const save = useSaveCriteriaSet(set.id);
  const approve = useApproveCriteriaSet(set.id);
  const remove = useDeleteCriteriaSet(set.id);
  const total = useMemo(() => totalWeight(rows), [rows]);
  const number = (value: number) =>
    Number(value).toLocaleString(i18n.language, { maximumFractionDigits: 3 });

  const change = (next: Row[]) => {
    setRows(next);
    setDirty(true);
  };

  const showError = (error: unknown, title: string) => {
    if (error instanceof ApiError && error.kind === 'stale-version') return setStale(true);
    if (error instanceof ApiError) {
      const { byIndex, rest } = criterionErrors(error.problem);
      const named = fieldErrors(error.problem).name;
      const messages =
        rest.length || Object.keys(byIndex).length || named ? rest : [errorMessage(error)];
      setProblem({ title, messages, byIndex, name: named });
      return;
    }
    setProblem({ title, messages: [errorMessage(error)], byIndex: {} });
  };

  const onSave = () => {
    setProblem(null);
    setStale(false);
    if (!name.trim()) {
      setProblem({
        title: t('editor.notSaved'),
        messages: [],
        byIndex: {},
        name: t('validation.required'),
      });
      return;
    }
    // positions follow the order readers see: by group, then the order within the group
    const ordered = groupCriteria(rows).flatMap(({ items }) =>
      items.map(({ criterion }) => criterion),
    );
    save.mutate(
      {
        values: {
          name: name.trim(),
          description: description.trim() || undefined,
          criteria: ordered.map(toInput),
        },
        version: set.version,
      },
      {
        onSuccess: () => notifySuccess(t('editor.saved')),
        onError: (error) => showError(error, t('editor.notSaved')),
      },
    );
  };

  const onApprove = () => {
    setProblem(null);
    approve.mutate(set.version, {
      onSuccess: (approved) => {
        notifySuccess(t('editor.approved'));
        navigate(paths.criteriaSet.getHref(approved.id));
      },
      onError: (error) => showError(error, t('editor.notApproved')),
    });
  };

  const onDelete = () =>
    remove.mutate(set.version, {
      onSuccess: () => {
        notifySuccess(t('editor.deleted'));
        navigate(paths.methodology.getHref());
      },
      onError: (error) => {
        closeDelete();
        notifyError(error);
      },
    });

  /** Swaps a criterion with its neighbour in the same group. */
  const move = (index: number, step: -1 | 1) => {
    const group = rows[index].group;
    let other = index + step;
    while (other >= 0 && other < rows.length && rows[other].group !== group) other += step;
    if (other < 0 || other >= rows.length) return;
    const next = [...rows];
    [next[index], next[other]] = [next[other], next[index]];
    change(next);
  };

  const editingRow = editing?.index !== null && editing ? rows[editing.index] : undefined;

  return (
    <Stack>
      <PageHeader
        title={t('editor.title', { name: set.name, edition: set.edition })}
        actions={
          <>
            <Button
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              onClick={onSave}
              loading={save.isPending}
              variant={dirty ? 'filled' : 'light'}
            >
              {t('actions.save')}
            </Button>
            <Button
              color="green"
              leftSection={<IconCheck size={16} aria-hidden />}
              onClick={onApprove}
              loading={approve.isPending}
              disabled={dirty}
              title={dirty ? t('editor.saveFirst') : undefined}
            >
              {t('actions.approve')}
            </Button>
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={askDelete}
            >
              {t('actions.deleteDraft')}
            </Button>
          </>
        }
      />
      <Group gap="sm">
        <CriteriaSetStatusBadge status={set.status} />
        <Anchor component={Link} to={paths.criteriaSet.getHref(set.id)} size="sm">
          {t('editor.preview')}
        </Anchor>
        {dirty && (
          <Text size="sm" c="orange" role="status">
            {t('editor.unsaved')}
          </Text>
        )}
      </Group>
      {stale && (
        <Alert color="orange" role="alert" title={t('editor.staleTitle')}>
          <Text size="sm" mb="xs">
            {t('editor.staleText')}
          </Text>
          <Button size="xs" variant="light" onClick={onReload}>
            {t('editor.reload')}
          </Button>
        </Alert>
      )}
      {problem && (problem.messages.length > 0 || Object.keys(problem.byIndex).length > 0) && (
        <Alert color="red" role="alert" title={problem.title}>
          {problem.messages.map((text) => (
            <Text size="sm" key={text}>
              {text}
            </Text>
          ))}
          {Object.keys(problem.byIndex).length > 0 && (
            <Text size="sm">{t('editor.criteriaErrors')}</Text>
          )}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Stack>
          <TextInput
            label={t('set.name')}
            required
            value={name}
            error={problem?.name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setDirty(true);
            }}
          />
          <Textarea
            label={t('set.description')}
            rows={3}
            value={description}
            onChange={(event) => {
              setDescription(event.currentTarget.value);
              setDirty(true);
            }}
          />
        </Stack>
      </Paper>
      <WeightTotal total={total} />
      {!weightsComplete(total) && (
        <Text size="sm" c="dimmed">
          {t('editor.approveNeeds100')}
        </Text>
      )}
      <Group justify="space-between">
        <Title order={3}>{t('editor.criteria', { count: rows.length })}</Title>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing({ index: null })}
        >
          {t('actions.addCriterion')}
        </Button>
      </Group>
      {rows.length === 0 && <Text c="dimmed">{t('editor.noCriteria')}</Text>}
      {groupCriteria(rows).map(({ group, items }) => (
        <Stack key={group} gap="xs" component="section" aria-label={t(`groups.${group}`)}>
          <Title order={4}>{t(`groups.${group}`)}</Title>
          {items.map(({ criterion, index }, position) => (
            <Paper
              key={criterion.key}
              withBorder
              p="sm"
              style={
                problem?.byIndex[index] ? { borderColor: 'var(--mantine-color-red-6)' } : undefined
              }
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Text fw={600}>{criterion.title}</Text>
                  <Group gap="xs">
                    <Text size="xs" ff="monospace" c="dimmed">
                      {criterion.code}
                    </Text>
                    <Badge size="sm" variant="outline">
                      {t(`types.${criterion.type}`)}
                    </Badge>
                    <Badge size="sm" variant="light" color={criterion.normative ? 'red' : 'gray'}>
                      {t(criterion.normative ? 'criterion.normative' : 'criterion.recommended')}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {t('editor.maxPoints', { max: number(maxPoints(criterion)) })}
                    </Text>
                  </Group>
                  {problem?.byIndex[index]?.map((text) => (
                    <Text key={text} size="sm" c="red">
                      {text}
                    </Text>
                  ))}
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Text
                    fw={700}
                    mr="sm"
                    aria-label={t('editor.weightOf', { code: criterion.code })}
                  >
                    {number(criterion.weight)}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    disabled={position === 0}
                    aria-label={t('editor.moveUp', { code: criterion.code })}
                    onClick={() => move(index, -1)}
                  >
                    <IconArrowUp size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    disabled={position === items.length - 1}
                    aria-label={t('editor.moveDown', { code: criterion.code })}
                    onClick={() => move(index, 1)}
                  >
                    <IconArrowDown size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('editor.edit', { code: criterion.code })}
                    onClick={() => setEditing({ index })}
                  >
                    <IconEdit size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('editor.remove', { code: criterion.code })}
                    onClick={() => change(rows.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      ))}

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editingRow ? t('form.editTitle', { code: editingRow.code }) : t('form.newTitle')}
        size="xl"
      >
        {editing && (
          <CriterionForm
            criterion={editingRow}
            takenCodes={rows.filter((_, i) => i !== editing.index).map((row) => row.code)}
            onCancel={() => setEditing(null)}
            onSubmit={(criterion) => {
              if (editing.index === null) {
                change([...rows, { ...criterion, key: newKey() }]);
              } else {
                change(
                  rows.map((row, i) =>
                    i === editing.index ? { ...criterion, key: row.key } : row,
                  ),
                );
              }
              setEditing(null);
            }}
          />
        )}
      </Modal>

      <Modal opened={confirmDelete} onClose={closeDelete} title={t('editor.deleteTitle')}>
        <Stack>
          <Text>{t('editor.deleteText', { name: set.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={closeDelete}>
              {t('actions.cancel')}
            </Button>
            <Button color="red" onClick={onDelete} loading={remove.isPending}>
              {t('actions.deleteDraft')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
