import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { DataState } from '@/components/ui/data-state';
import { ScrollTable } from '@/components/ui/scroll-table';
import { apiUrl } from '@/lib/api-client';
import { applyServerErrors } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';
import { errorMessage, notifySuccess } from '@/lib/notify';
import { ApiError } from '@/lib/problem';

import {
  type EffectRevision,
  type FigureChange,
  useEffectRevisions,
  useRecomputeEffect,
} from '../api/effect';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * The revisions of a campaign's training effect, newest first (public): when and why each was taken,
 * what it changed against the previous one (figures old → new, accounts moved between groups) and its
 * open-data files. Coordinators and administrators also see the recompute form above the list.
 */
export function EffectRevisions({
  campaignId,
  canRecompute,
}: {
  campaignId: string;
  canRecompute: boolean;
}) {
  const { t } = useTranslation('training');
  const revisions = useEffectRevisions(campaignId);
  return (
    <Box component="section" aria-labelledby="effect-revisions-heading">
      <Stack gap="md">
        <Title order={3} size="h4" id="effect-revisions-heading">
          {t('effect.history.title')}
        </Title>
        <DataState
          isLoading={revisions.isLoading}
          error={revisions.error}
          isEmpty={!revisions.data?.length}
          onRetry={() => void revisions.refetch()}
        >
          {canRecompute && revisions.data?.[0] && (
            <RecomputeForm
              key={campaignId}
              campaignId={campaignId}
              current={revisions.data[0]}
              onDone={() => void revisions.refetch()}
            />
          )}
          <Stack gap="lg" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {(revisions.data ?? []).map((r) => (
              <Box component="li" key={r.revision}>
                <RevisionEntry revision={r} />
              </Box>
            ))}
          </Stack>
        </DataState>
      </Stack>
    </Box>
  );
}

const schema = z.object({ reason: z.string().trim().min(1, 'required').max(2000, 'tooLong') });
type Values = z.infer<typeof schema>;
const FIELDS = ['reason'] as const;

function RecomputeForm({
  campaignId,
  current,
  onDone,
}: {
  campaignId: string;
  current: EffectRevision;
  onDone: () => void;
}) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const recompute = useRecomputeEffect(campaignId);
  const [problems, setProblems] = useState<string[]>([]);
  const [result, setResult] = useState<EffectRevision | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });

  const reasonError = errors.reason?.message
    ? errors.reason.type === 'server'
      ? errors.reason.message
      : t(`effect.recompute.errors.${errors.reason.message}`)
    : undefined;

  const onSubmit = handleSubmit((values) => {
    setProblems([]);
    setResult(null);
    recompute.mutate(
      { reason: values.reason.trim() },
      {
        onSuccess: (taken) => {
          setResult(taken);
          reset({ reason: '' });
          notifySuccess(t('effect.recompute.done', { revision: taken.revision }));
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            setProblems([t('effect.recompute.conflict')]);
            onDone();
            return;
          }
          const rest = applyServerErrors(error, FIELDS, setError);
          setProblems(rest ?? [errorMessage(error)]);
        },
      },
    );
  });

  return (
    <Box
      component="form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="effect-recompute-heading"
      p="md"
      bd="1px solid var(--mantine-color-default-border)"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Stack gap="sm">
        <Title order={4} size="h5" id="effect-recompute-heading">
          {t('effect.recompute.title')}
        </Title>
        <Text size="sm">
          {t('effect.recompute.current', {
            revision: current.revision,
            at: format.dateTime(current.createdAt),
          })}
        </Text>
        <Text size="sm">{t('effect.recompute.explain')}</Text>
        {problems.length > 0 && (
          <Alert color="red" role="alert" title={t('effect.recompute.failed')}>
            {problems.join(' ')}
          </Alert>
        )}
        <Textarea
          label={t('effect.recompute.reason')}
          description={t('effect.recompute.reasonHint')}
          required
          autosize
          minRows={2}
          maxLength={2000}
          error={reasonError}
          {...register('reason')}
        />
        <Group>
          <Button type="submit" loading={recompute.isPending}>
            {t('effect.recompute.submit')}
          </Button>
        </Group>
        {result && (
          <Alert
            color="green"
            title={t('effect.recompute.resultTitle', { revision: result.revision })}
          >
            <Changes revision={result} />
          </Alert>
        )}
      </Stack>
    </Box>
  );
}

function RevisionEntry({ revision: r }: { revision: EffectRevision }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const base = `/api/v1/open-data/training-effect/${r.campaignId}/revisions/${r.revision}`;
  const headingId = `effect-revision-${r.revision}`;
  return (
    <Box component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="sm" align="baseline">
          <Title order={4} size="h5" id={headingId}>
            {t('effect.history.entry', {
              revision: r.revision,
              at: format.dateTime(r.createdAt),
            })}
          </Title>
          <Badge variant="light" color="gray">
            {t(`effect.history.cause.${r.cause}`)}
          </Badge>
        </Group>
        {r.reason && <Text size="sm">{t('effect.history.reason', { reason: r.reason })}</Text>}
        {r.revision > 1 && <Changes revision={r} />}
        <Group gap="sm">
          <Text size="sm">{t('effect.history.files')}</Text>
          <Anchor size="sm" href={apiUrl(`${base}/files/figures.csv`)}>
            {t('effect.history.figuresCsv', { revision: r.revision })}
          </Anchor>
          <Anchor size="sm" href={apiUrl(`${base}/files/accounts.csv`)}>
            {t('effect.history.accountsCsv', { revision: r.revision })}
          </Anchor>
          <Anchor size="sm" href={apiUrl(`${base}/datapackage.json`)}>
            {t('effect.history.dataPackage', { revision: r.revision })}
          </Anchor>
        </Group>
      </Stack>
    </Box>
  );
}

/** What a revision changed against the previous one: figures old → new and accounts that moved. */
function Changes({ revision: r }: { revision: EffectRevision }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const { figures, accounts } = r.changes;
  if (figures.length === 0 && accounts.length === 0) {
    return <Text size="sm">{t('effect.history.unchanged')}</Text>;
  }
  const figuresLabel = t('effect.history.figuresTable', { revision: r.revision });
  const accountsLabel = t('effect.history.accountsTable', { revision: r.revision });
  const month = (value: string | null) => (value ? formatMonth(value, format.language) : '—');
  const standing = (value: string | null) =>
    value ? t(`effect.history.standing.${value}`) : t('effect.history.notListed');
  return (
    <Stack gap="sm">
      {figures.length > 0 && (
        <ScrollTable label={figuresLabel} minWidth={520}>
          <Table withTableBorder striped aria-label={figuresLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('effect.history.figure')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('effect.history.was')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('effect.history.now')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.map((f) => (
                <Table.Tr key={`${f.comparison}/${f.group}/${f.measure}/${f.criterionCode ?? ''}`}>
                  <Table.Th scope="row" fw={400}>
                    {figureLabel(f, t)}
                  </Table.Th>
                  <Table.Td ta="right">
                    {figureValue(f.measure, f.nBefore, f.valueBefore, format, t)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {figureValue(f.measure, f.nAfter, f.valueAfter, format, t)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {accounts.length > 0 && (
        <ScrollTable label={accountsLabel} minWidth={520}>
          <Table withTableBorder striped aria-label={accountsLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('effect.history.account')}</Table.Th>
                <Table.Th scope="col">{t('effect.history.group')}</Table.Th>
                <Table.Th scope="col">{t('effect.history.courseMonth')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.map((a) => (
                <Table.Tr key={a.accountId}>
                  <Table.Th scope="row" fw={400}>
                    {a.accountName}
                  </Table.Th>
                  <Table.Td>
                    {standing(a.standingBefore)} → {standing(a.standingAfter)}
                  </Table.Td>
                  <Table.Td>
                    {month(a.courseMonthBefore)} → {month(a.courseMonthAfter)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}

function figureLabel(f: FigureChange, t: T): string {
  const parts = [
    t(`effect.history.comparison.${f.comparison}`, { defaultValue: f.comparison }),
    t(`effect.history.groups.${f.group}`, { defaultValue: f.group }),
    t(`effect.history.measures.${f.measure}`, { defaultValue: f.measure }),
  ];
  if (f.criterionCode) parts.push(f.criterionCode);
  return parts.join(' · ');
}

function figureValue(
  measure: string,
  n: number | null,
  value: number | null,
  format: ReturnType<typeof useFormat>,
  t: T,
): string {
  if (n === null) return t('effect.history.absent');
  const count = t('effect.n', { n: format.count(n) });
  if (measure === 'ACCOUNTS') return format.count(n);
  if (value === null) return `— (${count})`;
  const shown =
    measure === 'CRITERION_MET_SHARE'
      ? format.percent(value / 100, 2)
      : measure === 'MEDIAN_ANSWER_HOURS'
        ? t('effect.hours', { hours: format.number(value, 2) })
        : format.number(value, 2);
  return `${shown} (${count})`;
}

/** "2022-11" as the month and year in the reader's language. */
function formatMonth(value: string, language: string): string {
  const [year, month] = value.split('-').map(Number);
  if (!year || !month) return value;
  return new Intl.DateTimeFormat(language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}
