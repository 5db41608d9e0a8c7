import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Radio,
  Stack,
  Table,
  Text,
  TextInput,
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
import { errorMessage, notifyError, notifySuccess } from '@/lib/notify';

import {
  type Cabinet as CabinetData,
  type CabinetEnrolment,
  type TestAttempt,
  useCabinet,
  useLearnerActions,
} from '../api/training';

import '../i18n';
import { LinkAccount, UnlinkButton } from './link-account';

/** The learner's cabinet: schedule and marks, check-in, assignments, final test, completion, accounts. */
export function Cabinet() {
  const { t } = useTranslation('training');
  const cabinet = useCabinet();
  return (
    <DataState
      isLoading={cabinet.isLoading}
      error={cabinet.error}
      isEmpty={false}
      onRetry={() => void cabinet.refetch()}
    >
      {cabinet.data && (
        <Stack gap="xl">
          <Group>
            <Anchor component={Link} to={paths.myCertificates.getHref()}>
              {t('cabinet.certificates')}
            </Anchor>
          </Group>
          <CheckInForm />
          {cabinet.data.enrolments.length === 0 && (
            <Text c="dimmed">{t('cabinet.noEnrolments')}</Text>
          )}
          {cabinet.data.enrolments.map((e) => (
            <EnrolmentCard key={e.enrolmentId} enrolment={e} />
          ))}
          <Accounts accounts={cabinet.data.accounts} />
        </Stack>
      )}
    </DataState>
  );
}

function CheckInForm() {
  const { t } = useTranslation('training');
  const { checkIn } = useLearnerActions();
  // the QR code on the trainer's screen opens this page with ?checkin=<code>
  const [code, setCode] = useState(
    () => new URLSearchParams(window.location.search).get('checkin') ?? '',
  );
  return (
    <section aria-labelledby="self-checkin-heading">
      <Title order={3} id="self-checkin-heading" mb="sm">
        {t('cabinet.checkIn')}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!code.trim()) return;
          checkIn.mutate(code.trim(), {
            onSuccess: (result) => {
              setCode('');
              notifySuccess(t('cabinet.checkedIn', { topic: result.topic }));
            },
          });
        }}
      >
        <Group align="flex-start">
          <TextInput
            label={t('cabinet.code')}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={checkIn.error ? errorMessage(checkIn.error) : undefined}
            autoComplete="off"
          />
          <Button type="submit" mt={25} loading={checkIn.isPending}>
            {t('cabinet.checkInButton')}
          </Button>
        </Group>
      </form>
    </section>
  );
}

function EnrolmentCard({ enrolment }: { enrolment: CabinetEnrolment }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const headingId = `enrolment-${enrolment.enrolmentId}`;
  const c = enrolment.cohort;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack>
        <Group justify="space-between">
          <Title order={3} id={headingId}>
            {c.programmeTitle} — {c.title}
          </Title>
          <Badge variant="light">{t(`enrolmentStatus.${enrolment.status}`)}</Badge>
        </Group>
        <Text size="sm">
          {t('cabinet.dates', {
            from: format.date(c.startsOn),
            to: format.date(c.endsOn),
            hours: c.totalHours,
          })}
        </Text>
        <Completion enrolment={enrolment} />
        <Title order={4}>{t('cabinet.schedule')}</Title>
        {enrolment.sessions.length === 0 ? (
          <Text c="dimmed">{t('cabinet.noSessions')}</Text>
        ) : (
          <ScrollTable minWidth={640} label={t('cabinet.schedule')}>
            <Table striped aria-label={t('cabinet.scheduleOf', { title: c.title })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cabinet.when')}</Table.Th>
                  <Table.Th>{t('cabinet.topic')}</Table.Th>
                  <Table.Th>{t('cabinet.where')}</Table.Th>
                  <Table.Th>{t('cabinet.mark')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {enrolment.sessions.map(({ session, attendance }) => (
                  <Table.Tr key={session.id}>
                    <Table.Td>{format.dateTime(session.startsAt)}</Table.Td>
                    <Table.Td>{session.topic}</Table.Td>
                    <Table.Td>
                      {session.link ? (
                        <Anchor href={session.link} target="_blank" rel="noopener noreferrer">
                          {t(`mode.${session.mode}`)}
                        </Anchor>
                      ) : (
                        (session.address ?? t(`mode.${session.mode}`))
                      )}
                    </Table.Td>
                    <Table.Td>{attendance ? t(`attendanceStatus.${attendance}`) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        <Title order={4}>{t('cabinet.assignments')}</Title>
        {enrolment.assignments.length === 0 ? (
          <Text c="dimmed">{t('grading.noAssignments')}</Text>
        ) : (
          enrolment.assignments.map((a) => <AssignmentItem key={a.assignment.id} item={a} />)
        )}
        <FinalTest enrolment={enrolment} />
      </Stack>
    </Card>
  );
}

function Completion({ enrolment }: { enrolment: CabinetEnrolment }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const status = enrolment.completion;
  if (status.met) {
    return (
      <Alert color="green" role="status" title={t('cabinet.completed')}>
        {t('cabinet.completedOn', { date: format.date(status.metOn) })}
      </Alert>
    );
  }
  return (
    <Alert color="blue" role="status" title={t('cabinet.inProgress')}>
      <Stack gap={4}>
        {status.attendedPercent !== null && (
          <Text size="sm">{t('cabinet.attended', { percent: status.attendedPercent })}</Text>
        )}
        {status.missing.length > 0 && (
          <Text size="sm">
            {t('roster.missing', {
              parts: status.missing.map((m) => t(`missing.${m}`, { defaultValue: m })).join(', '),
            })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

function AssignmentItem({ item }: { item: CabinetEnrolment['assignments'][number] }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const { submit } = useLearnerActions();
  const { assignment, latest } = item;
  const [text, setText] = useState('');
  const [links, setLinks] = useState('');
  const canSubmit = !latest || latest.grade === 'FAIL';
  const id = `assignment-${assignment.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={id}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} id={id}>
            {assignment.title}
          </Text>
          <Text size="sm" c="dimmed">
            {t('cabinet.due', { date: format.dateTime(assignment.dueAt) })}
          </Text>
        </Group>
        {assignment.description && <Text size="sm">{assignment.description}</Text>}
        {latest && (
          <Group gap="xs">
            <Text size="sm">{t('grading.attempt', { attempt: latest.attempt })}</Text>
            <Badge
              color={latest.grade === 'PASS' ? 'green' : latest.grade === 'FAIL' ? 'red' : 'gray'}
            >
              {latest.grade ? t(`grade.${latest.grade}`) : t('cabinet.awaiting')}
            </Badge>
            {latest.comment && (
              <Text size="sm">{t('cabinet.trainerComment', { comment: latest.comment })}</Text>
            )}
          </Group>
        )}
        {assignment.selfAssessment && (
          <Group gap="md">
            {latest?.selfAssessmentId && (
              <Anchor component={Link} to={paths.selfAssessment.getHref(latest.selfAssessmentId)}>
                {t('self.open')}
              </Anchor>
            )}
            {canSubmit && (
              <Button component={Link} to={paths.mySelfAssessment.getHref(assignment.id)}>
                {t('self.fill')}
              </Button>
            )}
          </Group>
        )}
        {canSubmit && !assignment.selfAssessment && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              submit.mutate(
                {
                  assignmentId: assignment.id,
                  body: {
                    text,
                    links: links
                      .split(/\s+/)
                      .map((l) => l.trim())
                      .filter(Boolean),
                  },
                },
                {
                  onSuccess: () => {
                    setText('');
                    setLinks('');
                    notifySuccess(t('cabinet.submitted'));
                  },
                },
              );
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('cabinet.answer')}
                required
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                autosize
                minRows={2}
              />
              <Textarea
                label={t('cabinet.links')}
                description={t('cabinet.linksHint')}
                value={links}
                onChange={(event) => setLinks(event.currentTarget.value)}
                autosize
                minRows={1}
              />
              {submit.error && (
                <Alert color="red" role="alert">
                  {errorMessage(submit.error)}
                </Alert>
              )}
              <Group>
                <Button type="submit" loading={submit.isPending} disabled={!text.trim()}>
                  {latest ? t('cabinet.resubmit') : t('cabinet.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}

function FinalTest({ enrolment }: { enrolment: CabinetEnrolment }) {
  const { t } = useTranslation('training');
  const { startTest, answer } = useLearnerActions();
  const test = enrolment.finalTest;
  const [attempt, setAttempt] = useState<TestAttempt | null>(null);
  const [answers, setAnswers] = useState<Record<number, string[]>>({});
  const [result, setResult] = useState<TestAttempt | null>(null);
  const left = Math.max(0, test.attemptsAllowed - test.attemptsUsed);
  const start = () =>
    startTest.mutate(enrolment.enrolmentId, {
      onSuccess: (a) => {
        setAttempt(a);
        setAnswers({});
        setResult(null);
      },
      onError: (e) => notifyError(e),
    });
  return (
    <section aria-labelledby={`test-${enrolment.enrolmentId}`}>
      <Title order={4} id={`test-${enrolment.enrolmentId}`} mb="xs">
        {t('test.title')}
      </Title>
      <Stack gap="xs">
        <Text size="sm">
          {test.passed
            ? t('test.passed', { score: test.bestScorePercent ?? 0 })
            : t('test.status', {
                used: test.attemptsUsed,
                allowed: test.attemptsAllowed,
                pass: test.passPercent,
              })}
        </Text>
        {result && (
          <Alert color={result.passed ? 'green' : 'red'} role="status" title={t('test.result')}>
            {t(result.passed ? 'test.resultPassed' : 'test.resultFailed', {
              score: result.scorePercent ?? 0,
              left: Math.max(0, result.attemptsAllowed - result.attempt),
            })}
          </Alert>
        )}
        {!attempt && !test.passed && (left > 0 || test.openAttemptId) && (
          <Group>
            <Button onClick={start} loading={startTest.isPending}>
              {test.openAttemptId ? t('test.continue') : t('test.start')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('test.left', { count: left })}
            </Text>
          </Group>
        )}
        {attempt && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              answer.mutate(
                {
                  attemptId: attempt.id,
                  answers: attempt.questions.map((_, i) => (answers[i] ?? []).map(Number)),
                },
                {
                  onSuccess: (r) => {
                    setResult(r);
                    setAttempt(null);
                  },
                  onError: (e) => notifyError(e),
                },
              );
            }}
          >
            <Stack>
              {attempt.questions.map((q, i) =>
                q.multiple ? (
                  <Checkbox.Group
                    key={q.number}
                    label={`${q.number}. ${q.text}`}
                    description={t('test.multiple')}
                    value={answers[i] ?? []}
                    onChange={(value) => setAnswers((a) => ({ ...a, [i]: value }))}
                  >
                    <Stack gap={4} mt="xs">
                      {q.options.map((option, o) => (
                        <Checkbox key={o} value={String(o)} label={option} />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                ) : (
                  <Radio.Group
                    key={q.number}
                    label={`${q.number}. ${q.text}`}
                    value={answers[i]?.[0] ?? null}
                    onChange={(value) => setAnswers((a) => ({ ...a, [i]: [value] }))}
                  >
                    <Stack gap={4} mt="xs">
                      {q.options.map((option, o) => (
                        <Radio key={o} value={String(o)} label={option} />
                      ))}
                    </Stack>
                  </Radio.Group>
                ),
              )}
              <Group>
                <Button type="submit" loading={answer.isPending}>
                  {t('test.finish')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </section>
  );
}

function Accounts({ accounts }: { accounts: CabinetData['accounts'] }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  return (
    <section aria-labelledby="my-accounts-heading">
      <Title order={3} id="my-accounts-heading" mb="sm">
        {t('cabinet.accounts')}
      </Title>
      {accounts.length === 0 ? (
        <Text c="dimmed">{t('cabinet.noAccounts')}</Text>
      ) : (
        <Stack>
          {accounts.map((a) => (
            <Card withBorder key={a.id} component="article" aria-label={a.displayName}>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Group gap="xs">
                    <Anchor href={a.url} target="_blank" rel="noopener noreferrer">
                      {a.displayName}
                    </Anchor>
                    <UnlinkButton accountId={a.id} name={a.displayName} />
                  </Group>
                  <Text size="sm">
                    {a.latest
                      ? t('cabinet.index', {
                          index: format.index(a.latest.indexValue),
                          date: format.date(a.latest.revisedAt),
                        })
                      : t('cabinet.noIndex')}
                  </Text>
                </Group>
                {a.recommendations.length > 0 && (
                  <List size="sm">
                    {a.recommendations.map((r) => (
                      <List.Item key={r.code}>
                        {r.title ? <strong>{r.title}: </strong> : null}
                        {r.text}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      <Stack mt="md">
        <LinkAccount linked={accounts.map((a) => a.id)} />
      </Stack>
    </section>
  );
}
