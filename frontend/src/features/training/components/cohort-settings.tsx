import { Alert, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ScrollTable } from '@/components/ui/scroll-table';
import { useFormat } from '@/lib/format';
import { errorMessage, notifyError, notifySuccess } from '@/lib/notify';
import { ApiError, fieldErrors } from '@/lib/problem';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';

import { type Cohort, type SessionBody, useSessionActions } from '../api/training';
import '../i18n';

import { CohortForm } from './cohort-form';

type Session = Cohort['sessions'][number];

const isStale = (error: unknown) => error instanceof ApiError && error.kind === 'stale-version';

/** An instant as the value of a datetime-local box in the browser's time zone. */
function local(instant: string): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Changing the cohort itself (staff) and its sessions (staff and the cohort's trainers). */
export function CohortSettings({ cohort, canEdit }: { cohort: Cohort; canEdit: boolean }) {
  const { t } = useTranslation('training');
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="settings-heading">
      <Group justify="space-between" mb="sm">
        <Title order={3} id="settings-heading">
          {t('settings.title')}
        </Title>
        {canEdit && (
          <Button variant="light" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
            {editing ? t('settings.close') : t('settings.edit')}
          </Button>
        )}
      </Group>
      {canEdit && editing && (
        // keyed by the cohort, not its version: a save refetches the cohort (new version) before the save's own
        // callback runs, and a remount there would drop the callback and leave the form open
        <CohortForm
          key={cohort.id}
          cohort={cohort}
          onSaved={() => {
            setEditing(false);
            notifySuccess(t('settings.saved'));
          }}
        />
      )}
      <SessionTable cohort={cohort} />
    </section>
  );
}

function SessionTable({ cohort }: { cohort: Cohort }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const actions = useSessionActions();
  const [editing, setEditing] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const conflict = stale && (
    <SessionConflict
      onReload={() => {
        setStale(false);
        setEditing(null);
        void actions.reload();
      }}
    />
  );
  if (cohort.sessions.length === 0) {
    return (
      <>
        {conflict}
        <Text c="dimmed">{t('cabinet.noSessions')}</Text>
      </>
    );
  }
  return (
    <>
      {conflict}
      <ScrollTable minWidth={640} label={t('settings.sessions')}>
        <Table aria-label={t('settings.sessions')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cabinet.when')}</Table.Th>
              <Table.Th>{t('cabinet.topic')}</Table.Th>
              <Table.Th>{t('cabinet.where')}</Table.Th>
              <Table.Th>{t('settings.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cohort.sessions.map((s) =>
              editing === s.id ? (
                <Table.Tr key={s.id}>
                  <Table.Td colSpan={4}>
                    <SessionEdit
                      session={s}
                      onDone={() => setEditing(null)}
                      onStale={() => setStale(true)}
                    />
                  </Table.Td>
                </Table.Tr>
              ) : (
                <Table.Tr key={s.id}>
                  <Table.Td>{format.dateTime(s.startsAt)}</Table.Td>
                  <Table.Td>{s.topic}</Table.Td>
                  <Table.Td>
                    {t(`mode.${s.mode}`)}
                    {s.address ? `: ${s.address}` : ''}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Button
                        size="compact-xs"
                        variant="light"
                        aria-label={t('settings.editSession', { topic: s.topic })}
                        onClick={() => setEditing(s.id)}
                      >
                        {t('settings.change')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('settings.removeSession', { topic: s.topic })}
                        loading={
                          actions.remove.isPending && actions.remove.variables?.sessionId === s.id
                        }
                        onClick={() => {
                          if (!window.confirm(t('settings.confirmRemove', { topic: s.topic })))
                            return;
                          actions.remove.mutate(
                            { sessionId: s.id, version: s.version },
                            {
                              onSuccess: () => notifySuccess(t('settings.removed')),
                              onError: (e) =>
                                e instanceof ApiError && e.kind === 'stale-version'
                                  ? setStale(true)
                                  : notifyError(e),
                            },
                          );
                        }}
                      >
                        {t('settings.remove')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </>
  );
}

/** Someone else changed or removed a session meanwhile: nothing was written; reload to see the cohort as it is. */
function SessionConflict({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation('training');
  return (
    <Alert color="orange" role="alert" title={t('settings.staleTitle')} mb="sm">
      <Text size="sm" mb="xs">
        {t('settings.staleText')}
      </Text>
      <Button size="xs" variant="light" onClick={onReload}>
        {t('settings.reload')}
      </Button>
    </Alert>
  );
}

function SessionEdit({
  session,
  onDone,
  onStale,
}: {
  session: Session;
  onDone: () => void;
  onStale: () => void;
}) {
  const { t } = useTranslation('training');
  const { update } = useSessionActions();
  const [v, setV] = useState({
    startsAt: local(session.startsAt),
    endsAt: local(session.endsAt),
    topic: session.topic,
    mode: session.mode as SessionBody['mode'],
    place: (session.mode === 'ONLINE' ? session.link : session.address) ?? '',
  });
  const errors = Object.fromEntries(
    Object.entries(update.error instanceof ApiError ? fieldErrors(update.error.problem) : {}).map(
      ([path, message]) => [path.split('.').pop() ?? path, message],
    ),
  );
  const placeError = v.mode === 'ONLINE' ? errors.link : errors.address;
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, update.error);
  return (
    <form
      ref={formRef}
      aria-label={t('settings.editSession', { topic: session.topic })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          {
            sessionId: session.id,
            body: {
              version: session.version,
              startsAt: new Date(v.startsAt).toISOString(),
              endsAt: new Date(v.endsAt).toISOString(),
              topic: v.topic.trim(),
              mode: v.mode,
              ...(v.mode === 'ONLINE'
                ? { link: v.place.trim() || undefined }
                : { address: v.place.trim() || undefined }),
            },
          },
          {
            onSuccess: () => {
              notifySuccess(t('settings.sessionSaved'));
              onDone();
            },
            onError: (error) => {
              if (error instanceof ApiError && error.kind === 'stale-version') onStale();
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        {update.error && !isStale(update.error) && Object.keys(errors).length === 0 && (
          <Alert color="red" role="alert">
            {errorMessage(update.error)}
          </Alert>
        )}
        <TextInput
          label={t('cabinet.topic')}
          required
          value={v.topic}
          onChange={(e) => setV({ ...v, topic: e.currentTarget.value })}
          error={errors.topic}
        />
        <Group grow>
          <TextInput
            type="datetime-local"
            label={t('plan.startsAt')}
            required
            value={v.startsAt}
            onChange={(e) => setV({ ...v, startsAt: e.currentTarget.value })}
            error={errors.startsAt}
          />
          <TextInput
            type="datetime-local"
            label={t('plan.endsAt')}
            required
            value={v.endsAt}
            onChange={(e) => setV({ ...v, endsAt: e.currentTarget.value })}
            error={errors.endsAt}
          />
        </Group>
        <Group grow>
          <Select
            label={t('plan.mode')}
            data={(['ONLINE', 'IN_PERSON'] as const).map((m) => ({
              value: m,
              label: t(`mode.${m}`),
            }))}
            value={v.mode}
            onChange={(mode) => setV({ ...v, mode: (mode ?? 'ONLINE') as SessionBody['mode'] })}
            allowDeselect={false}
          />
          <TextInput
            label={v.mode === 'ONLINE' ? t('plan.link') : t('plan.address')}
            required
            value={v.place}
            onChange={(e) => setV({ ...v, place: e.currentTarget.value })}
            error={placeError}
          />
        </Group>
        <Group>
          <Button type="submit" size="xs" loading={update.isPending}>
            {t('settings.saveSession')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('editor.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
