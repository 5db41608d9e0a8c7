import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { ScrollTable } from '@/components/ui/scroll-table';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { hasAnyRole, useSession } from '@/lib/session';

import {
  type AttendanceStatus,
  type Cohort,
  type RosterEntry,
  useAssignments,
  useCohort,
  useCohortActions,
  useRoster,
  useSubmissions,
} from '../api/training';
import '../i18n';

import { CheckInQr } from './check-in-qr';
import { CohortSettings } from './cohort-settings';
import { EnrolForm } from './enrol-form';
import { EnrolmentImport } from './enrolment-import';
import { LearnerAccounts } from './learner-accounts';
import { LinkRequestsBoard } from './link-requests-board';
import { PlanForms } from './plan-forms';

const STATUSES: AttendanceStatus[] = ['PRESENT', 'ABSENT', 'EXCUSED'];

export function learnerName(entry: Pick<RosterEntry, 'learner'>) {
  const l = entry.learner;
  return [l.surname, l.name, l.patronymic].filter(Boolean).join(' ');
}

/** The trainer's board of one cohort: roster, attendance, grading, check-in code, certificates. */
export function CohortBoard({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const cohort = useCohort(cohortId);
  const roster = useRoster(cohortId);
  const session = useSession();
  return (
    <DataState
      isLoading={cohort.isLoading || roster.isLoading}
      error={cohort.error ?? roster.error}
      isEmpty={false}
      onRetry={() => {
        void cohort.refetch();
        void roster.refetch();
      }}
    >
      {cohort.data && roster.data && (
        <Stack gap="xl">
          <Text>
            {t('board.summary', {
              programme: cohort.data.programme.title,
              hours: cohort.data.programme.totalHours,
              from: format.date(cohort.data.startsOn),
              to: format.date(cohort.data.endsOn),
            })}
          </Text>
          <Roster cohortId={cohortId} cohort={cohort.data} roster={roster.data} />
          <LinkRequestsBoard cohortId={cohortId} />
          <Attendance cohortId={cohortId} cohort={cohort.data} roster={roster.data} />
          <Grading cohortId={cohortId} roster={roster.data} />
          <CheckInCode cohortId={cohortId} cohort={cohort.data} />
          <IssueCertificates cohortId={cohortId} />
          <CohortSettings
            cohort={cohort.data}
            canEdit={hasAnyRole(session, 'ADMIN', 'COORDINATOR')}
          />
          <PlanForms cohortId={cohortId} />
          <section aria-labelledby="enrol-heading">
            <Group justify="space-between" mb="sm">
              <Title order={3} id="enrol-heading">
                {t('enrol.title')}
              </Title>
              <EnrolmentImport cohortId={cohortId} />
            </Group>
            <EnrolForm cohortId={cohortId} />
          </section>
        </Stack>
      )}
    </DataState>
  );
}

type BoardProps = { cohortId: string; cohort: Cohort; roster: RosterEntry[] };

function Roster({ cohortId, cohort, roster }: BoardProps) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const actions = useCohortActions(cohortId);
  return (
    <section aria-labelledby="roster-heading">
      <Title order={3} id="roster-heading" mb="sm">
        {t('roster.title')}
      </Title>
      {roster.length === 0 ? (
        <Text c="dimmed">{t('roster.empty')}</Text>
      ) : (
        <ScrollTable minWidth={640} label={t('roster.title')}>
          <Table striped aria-label={t('roster.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('roster.learner')}</Table.Th>
                <Table.Th>{t('roster.organization')}</Table.Th>
                <Table.Th>{t('accounts.column')}</Table.Th>
                <Table.Th>{t('roster.status')}</Table.Th>
                <Table.Th>{t('roster.attendance')}</Table.Th>
                <Table.Th>{t('roster.assignments')}</Table.Th>
                <Table.Th>{t('roster.finalTest')}</Table.Th>
                <Table.Th>{t('roster.completion')}</Table.Th>
                <Table.Th>{t('roster.completedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {roster.map((entry) => {
                const passed = entry.assignments.filter((a) => a.grade === 'PASS').length;
                return (
                  <Table.Tr key={entry.enrolmentId}>
                    <Table.Td>{learnerName(entry)}</Table.Td>
                    <Table.Td>
                      {entry.learner.organization?.name ??
                        (entry.learner.volunteer ? t('roster.volunteer') : '—')}
                    </Table.Td>
                    <Table.Td>
                      <LearnerAccounts learner={entry.learner} name={learnerName(entry)} />
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        <Text size="sm">{t(`enrolmentStatus.${entry.status}`)}</Text>
                        {entry.status === 'APPLIED' && (
                          <Group gap={4}>
                            <Button
                              size="compact-xs"
                              onClick={() =>
                                actions.approve.mutate(entry.enrolmentId, {
                                  onError: (e) => notifyError(e),
                                })
                              }
                              aria-label={t('roster.approveFor', { name: learnerName(entry) })}
                            >
                              {t('roster.approve')}
                            </Button>
                            <Button
                              size="compact-xs"
                              variant="light"
                              color="red"
                              onClick={() =>
                                actions.reject.mutate(entry.enrolmentId, {
                                  onError: (e) => notifyError(e),
                                })
                              }
                              aria-label={t('roster.rejectFor', { name: learnerName(entry) })}
                            >
                              {t('roster.reject')}
                            </Button>
                          </Group>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      {entry.completion.attendedPercent === null
                        ? '—'
                        : `${format.count(entry.completion.attendedPercent)} %`}
                    </Table.Td>
                    <Table.Td>
                      {t('roster.assignmentsPassed', {
                        passed,
                        submitted: entry.assignments.length,
                      })}
                    </Table.Td>
                    <Table.Td>
                      {entry.finalTest.attempts === 0
                        ? t('roster.notTaken')
                        : t(entry.finalTest.passed ? 'roster.testPassed' : 'roster.testFailed', {
                            score: entry.finalTest.bestScorePercent ?? 0,
                            attempts: entry.finalTest.attempts,
                            allowed: cohort.finalTest.attempts,
                          })}
                    </Table.Td>
                    <Table.Td>
                      {entry.completion.met ? (
                        <Badge color="green" variant="light">
                          {t('roster.met')}
                        </Badge>
                      ) : (
                        <Text size="sm">
                          {t('roster.missing', {
                            parts: entry.completion.missing
                              .map((m) => t(`missing.${m}`, { defaultValue: m }))
                              .join(', '),
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{format.date(entry.completedOn)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}

function Attendance({ cohortId, cohort, roster }: BoardProps) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const actions = useCohortActions(cohortId);
  const enrolled = roster.filter((e) => e.status === 'ENROLLED');
  const [sessionId, setSessionId] = useState<string | null>(cohort.sessions[0]?.id ?? null);
  const [draft, setDraft] = useState<Record<string, AttendanceStatus>>({});
  const current = (entry: RosterEntry): AttendanceStatus | undefined =>
    draft[entry.enrolmentId] ??
    entry.attendance.find((m) => m.sessionId === sessionId)?.status ??
    undefined;
  const selectSession = (id: string | null) => {
    setSessionId(id);
    setDraft({});
  };
  const markAll = (status: AttendanceStatus) =>
    setDraft(Object.fromEntries(enrolled.map((e) => [e.enrolmentId, status])));
  const save = () => {
    if (!sessionId) return;
    const marks = enrolled
      .map((e) => ({ enrolmentId: e.enrolmentId, status: current(e) }))
      .filter((m): m is { enrolmentId: string; status: AttendanceStatus } => !!m.status);
    actions.mark.mutate(
      { sessionId, body: { marks } },
      {
        onSuccess: () => {
          setDraft({});
          notifySuccess(t('attendance.saved'));
        },
        onError: (e) => notifyError(e),
      },
    );
  };
  const sessionLabel = (s: Cohort['sessions'][number]) =>
    `${format.dateTime(s.startsAt)} — ${s.topic}`;
  return (
    <section aria-labelledby="attendance-heading">
      <Title order={3} id="attendance-heading" mb="sm">
        {t('attendance.title')}
      </Title>
      {cohort.sessions.length === 0 || enrolled.length === 0 ? (
        <Text c="dimmed">{t('attendance.empty')}</Text>
      ) : (
        <Stack>
          <ScrollTable minWidth={640} label={t('attendance.grid')}>
            <Table withTableBorder aria-label={t('attendance.grid')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('roster.learner')}</Table.Th>
                  {cohort.sessions.map((s) => (
                    <Table.Th key={s.id} title={s.topic}>
                      {format.date(s.startsAt)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {enrolled.map((e) => (
                  <Table.Tr key={e.enrolmentId}>
                    <Table.Td>{learnerName(e)}</Table.Td>
                    {cohort.sessions.map((s) => {
                      const mark = e.attendance.find((m) => m.sessionId === s.id)?.status;
                      return (
                        <Table.Td key={s.id}>{mark ? t(`attendanceStatus.${mark}`) : '—'}</Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Select
            label={t('attendance.session')}
            data={cohort.sessions.map((s) => ({ value: s.id, label: sessionLabel(s) }))}
            value={sessionId}
            onChange={selectSession}
            allowDeselect={false}
            maw={480}
          />
          <Group gap="xs">
            {STATUSES.map((status) => (
              <Button key={status} variant="light" size="xs" onClick={() => markAll(status)}>
                {t(`attendance.all.${status}`)}
              </Button>
            ))}
          </Group>
          <Stack gap="xs">
            {enrolled.map((e) => (
              <Group key={e.enrolmentId} justify="space-between" maw={640}>
                <Text id={`mark-${e.enrolmentId}`}>{learnerName(e)}</Text>
                <SegmentedControl
                  aria-labelledby={`mark-${e.enrolmentId}`}
                  value={current(e) ?? ''}
                  onChange={(value) =>
                    setDraft((d) => ({ ...d, [e.enrolmentId]: value as AttendanceStatus }))
                  }
                  data={[
                    ...(current(e) ? [] : [{ value: '', label: '—', disabled: true }]),
                    ...STATUSES.map((status) => ({
                      value: status,
                      label: t(`attendanceStatus.${status}`),
                    })),
                  ]}
                />
              </Group>
            ))}
          </Stack>
          <Group>
            <Button onClick={save} loading={actions.mark.isPending}>
              {t('attendance.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </section>
  );
}

function Grading({ cohortId, roster }: { cohortId: string; roster: RosterEntry[] }) {
  const { t } = useTranslation('training');
  const assignments = useAssignments(cohortId);
  const [assignmentId, setAssignmentId] = useState<string | null>(null);
  const chosen = assignmentId ?? assignments.data?.[0]?.id ?? null;
  return (
    <section aria-labelledby="grading-heading">
      <Title order={3} id="grading-heading" mb="sm">
        {t('grading.title')}
      </Title>
      <DataState
        isLoading={assignments.isLoading}
        error={assignments.error}
        isEmpty={assignments.data?.length === 0}
        emptyText={t('grading.noAssignments')}
      >
        <Stack>
          <Select
            label={t('grading.assignment')}
            data={(assignments.data ?? []).map((a) => ({ value: a.id, label: a.title }))}
            value={chosen}
            onChange={setAssignmentId}
            allowDeselect={false}
            maw={480}
          />
          {chosen && <Submissions cohortId={cohortId} assignmentId={chosen} roster={roster} />}
        </Stack>
      </DataState>
    </section>
  );
}

function Submissions({
  cohortId,
  assignmentId,
  roster,
}: {
  cohortId: string;
  assignmentId: string;
  roster: RosterEntry[];
}) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const submissions = useSubmissions(assignmentId);
  const actions = useCohortActions(cohortId);
  const [grades, setGrades] = useState<Record<string, { grade: string; comment: string }>>({});
  const nameOf = (enrolmentId: string) => {
    const entry = roster.find((e) => e.enrolmentId === enrolmentId);
    return entry ? learnerName(entry) : '—';
  };
  return (
    <DataState
      isLoading={submissions.isLoading}
      error={submissions.error}
      isEmpty={submissions.data?.length === 0}
      emptyText={t('grading.empty')}
    >
      <Stack>
        {submissions.data?.map((s) => {
          const form = grades[s.id] ?? { grade: s.grade ?? 'PASS', comment: s.comment ?? '' };
          const name = nameOf(s.enrolmentId);
          return (
            <Card withBorder key={s.id} component="article" aria-label={name}>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={600}>{name}</Text>
                  <Group gap="xs">
                    <Text size="sm" c="dimmed">
                      {t('grading.attempt', { attempt: s.attempt })} ·{' '}
                      {format.dateTime(s.submittedAt)}
                    </Text>
                    {s.late && <Badge color="orange">{t('grading.late')}</Badge>}
                    {s.grade && (
                      <Badge color={s.grade === 'PASS' ? 'green' : 'red'}>
                        {t(`grade.${s.grade}`)}
                      </Badge>
                    )}
                  </Group>
                </Group>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{s.text}</Text>
                {s.selfAssessmentId && (
                  <Anchor component={Link} to={paths.selfAssessment.getHref(s.selfAssessmentId)}>
                    {t('self.open')}
                  </Anchor>
                )}
                {s.links.length > 0 && (
                  <List size="sm">
                    {s.links.map((link) => (
                      <List.Item key={link}>
                        <Anchor href={link} target="_blank" rel="noopener noreferrer">
                          {link}
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                )}
                <Group align="flex-end">
                  <SegmentedControl
                    aria-label={t('grading.gradeFor', { name })}
                    value={form.grade}
                    onChange={(grade) => setGrades((g) => ({ ...g, [s.id]: { ...form, grade } }))}
                    data={[
                      { value: 'PASS', label: t('grade.PASS') },
                      { value: 'FAIL', label: t('grade.FAIL') },
                    ]}
                  />
                  <Textarea
                    label={t('grading.comment')}
                    value={form.comment}
                    onChange={(event) => {
                      const comment = event.currentTarget.value;
                      setGrades((g) => ({ ...g, [s.id]: { ...form, comment } }));
                    }}
                    autosize
                    minRows={1}
                    style={{ flex: 1 }}
                  />
                  <Button
                    loading={actions.grade.isPending}
                    aria-label={t('grading.saveFor', { name })}
                    onClick={() =>
                      actions.grade.mutate(
                        {
                          submissionId: s.id,
                          body: {
                            grade: form.grade as 'PASS' | 'FAIL',
                            comment: form.comment || undefined,
                          },
                        },
                        {
                          onSuccess: () => notifySuccess(t('grading.saved')),
                          onError: (e) => notifyError(e),
                        },
                      )
                    }
                  >
                    {t('grading.save')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </DataState>
  );
}

function CheckInCode({ cohortId, cohort }: { cohortId: string; cohort: Cohort }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const actions = useCohortActions(cohortId);
  const [sessionId, setSessionId] = useState<string | null>(cohort.sessions[0]?.id ?? null);
  const code = actions.checkInCode.data;
  return (
    <section aria-labelledby="checkin-heading">
      <Title order={3} id="checkin-heading" mb="sm">
        {t('checkIn.title')}
      </Title>
      {cohort.sessions.length === 0 ? (
        <Text c="dimmed">{t('attendance.empty')}</Text>
      ) : (
        <Stack>
          <Group align="flex-end">
            <Select
              label={t('checkIn.session')}
              data={cohort.sessions.map((s) => ({
                value: s.id,
                label: `${format.dateTime(s.startsAt)} — ${s.topic}`,
              }))}
              value={sessionId}
              onChange={setSessionId}
              allowDeselect={false}
              w={420}
            />
            <Button
              disabled={!sessionId}
              loading={actions.checkInCode.isPending}
              onClick={() =>
                sessionId &&
                actions.checkInCode.mutate(sessionId, { onError: (e) => notifyError(e) })
              }
            >
              {t('checkIn.show')}
            </Button>
          </Group>
          {code && code.sessionId === sessionId && (
            <Card withBorder maw={480}>
              <Text size="sm" c="dimmed">
                {t('checkIn.code')}
              </Text>
              <Text
                fz={56}
                fw={700}
                ff="monospace"
                aria-live="polite"
                data-testid="check-in-code"
                style={{ letterSpacing: '0.15em' }}
              >
                {code.code}
              </Text>
              <Text size="sm">{t('checkIn.expires', { at: format.dateTime(code.expiresAt) })}</Text>
              <Text size="sm" mt="sm">
                {t('checkIn.scan')}
              </Text>
              <CheckInQr code={code.code} />
            </Card>
          )}
        </Stack>
      )}
    </section>
  );
}

function IssueCertificates({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation('training');
  const actions = useCohortActions(cohortId);
  const issued = actions.issue.data;
  return (
    <section aria-labelledby="issue-heading">
      <Title order={3} id="issue-heading" mb="sm">
        {t('issue.title')}
      </Title>
      <Stack align="flex-start">
        <Text size="sm">{t('issue.hint')}</Text>
        <Button
          loading={actions.issue.isPending}
          onClick={() => actions.issue.mutate(undefined, { onError: (e) => notifyError(e) })}
        >
          {t('issue.button')}
        </Button>
        {issued && (
          <Alert
            color={issued.length ? 'green' : 'gray'}
            role="status"
            title={t('issue.result', { count: issued.length })}
          >
            {issued.length > 0 && (
              <List size="sm">
                {issued.map((c) => (
                  <List.Item key={c.id}>
                    {c.number} — {c.fullName}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
      </Stack>
    </section>
  );
}
