import {
  Alert,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage, notifySuccess } from '@/lib/notify';

import { type SessionBody, useCohortActions } from '../api/training';
import '../i18n';

/** A local date and time from a datetime-local box as an instant with the browser's offset. */
function instant(local: string): string {
  return new Date(local).toISOString();
}

/** The trainer adds sessions and assignments to the cohort's plan. */
export function PlanForms({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation('training');
  const { addSession, addAssignment } = useCohortActions(cohortId);
  const [session, setSession] = useState({
    startsAt: '',
    endsAt: '',
    topic: '',
    mode: 'ONLINE' as SessionBody['mode'],
    place: '',
  });
  const [assignment, setAssignment] = useState({ title: '', dueAt: '', required: true });
  return (
    <section aria-labelledby="plan-heading">
      <Title order={3} id="plan-heading" mb="sm">
        {t('plan.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <form
          aria-label={t('plan.session')}
          onSubmit={(event) => {
            event.preventDefault();
            addSession.mutate(
              {
                startsAt: instant(session.startsAt),
                endsAt: instant(session.endsAt),
                topic: session.topic.trim(),
                mode: session.mode,
                ...(session.mode === 'ONLINE'
                  ? { link: session.place.trim() || undefined }
                  : { address: session.place.trim() || undefined }),
              },
              {
                onSuccess: () => {
                  setSession((s) => ({ ...s, topic: '', place: '' }));
                  notifySuccess(t('plan.sessionAdded'));
                },
              },
            );
          }}
        >
          <Stack gap="xs">
            <Title order={4}>{t('plan.session')}</Title>
            <TextInput
              label={t('cabinet.topic')}
              required
              value={session.topic}
              onChange={(e) => setSession({ ...session, topic: e.currentTarget.value })}
            />
            <Group grow>
              <TextInput
                type="datetime-local"
                label={t('plan.startsAt')}
                required
                value={session.startsAt}
                onChange={(e) => setSession({ ...session, startsAt: e.currentTarget.value })}
              />
              <TextInput
                type="datetime-local"
                label={t('plan.endsAt')}
                required
                value={session.endsAt}
                onChange={(e) => setSession({ ...session, endsAt: e.currentTarget.value })}
              />
            </Group>
            <Select
              label={t('plan.mode')}
              data={(['ONLINE', 'IN_PERSON'] as const).map((m) => ({
                value: m,
                label: t(`mode.${m}`),
              }))}
              value={session.mode}
              onChange={(mode) =>
                setSession({ ...session, mode: (mode ?? 'ONLINE') as SessionBody['mode'] })
              }
              allowDeselect={false}
            />
            <TextInput
              label={session.mode === 'ONLINE' ? t('plan.link') : t('plan.address')}
              value={session.place}
              onChange={(e) => setSession({ ...session, place: e.currentTarget.value })}
            />
            {addSession.error && (
              <Alert color="red" role="alert">
                {errorMessage(addSession.error)}
              </Alert>
            )}
            <Group>
              <Button
                type="submit"
                loading={addSession.isPending}
                disabled={!session.topic.trim() || !session.startsAt || !session.endsAt}
              >
                {t('plan.addSession')}
              </Button>
            </Group>
          </Stack>
        </form>
        <form
          aria-label={t('plan.assignment')}
          onSubmit={(event) => {
            event.preventDefault();
            addAssignment.mutate(
              {
                title: assignment.title.trim(),
                dueAt: instant(assignment.dueAt),
                required: assignment.required,
              },
              {
                onSuccess: () => {
                  setAssignment({ title: '', dueAt: '', required: true });
                  notifySuccess(t('plan.assignmentAdded'));
                },
              },
            );
          }}
        >
          <Stack gap="xs">
            <Title order={4}>{t('plan.assignment')}</Title>
            <TextInput
              label={t('grading.assignment')}
              required
              value={assignment.title}
              onChange={(e) => setAssignment({ ...assignment, title: e.currentTarget.value })}
            />
            <TextInput
              type="datetime-local"
              label={t('plan.dueAt')}
              required
              value={assignment.dueAt}
              onChange={(e) => setAssignment({ ...assignment, dueAt: e.currentTarget.value })}
            />
            <Checkbox
              label={t('plan.required')}
              checked={assignment.required}
              onChange={(e) => setAssignment({ ...assignment, required: e.currentTarget.checked })}
            />
            {addAssignment.error && (
              <Alert color="red" role="alert">
                {errorMessage(addAssignment.error)}
              </Alert>
            )}
            <Group>
              <Button
                type="submit"
                loading={addAssignment.isPending}
                disabled={!assignment.title.trim() || !assignment.dueAt}
              >
                {t('plan.addAssignment')}
              </Button>
            </Group>
          </Stack>
        </form>
      </SimpleGrid>
    </section>
  );
}
