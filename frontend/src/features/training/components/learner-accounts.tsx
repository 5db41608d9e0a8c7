import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage, notifySuccess } from '@/lib/notify';

import { type RosterEntry, useLearnerAccounts } from '../api/training';
import '../i18n';

import { AccountPicker } from './account-picker';

type Learner = RosterEntry['learner'];

/**
 * The registry accounts a learner runs: a trainer of the learner's cohort (or staff) links one found by name or
 * address and unlinks one. The learner's cabinet shows these accounts' published index and recommendations.
 */
export function LearnerAccounts({ learner, name }: { learner: Learner; name: string }) {
  const { t } = useTranslation('training');
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const save = useLearnerAccounts(learner.id);
  const linked = learner.accounts;
  const ids = linked.map((a) => a.id);
  return (
    <>
      <Button
        size="compact-xs"
        variant="light"
        // the visible count starts the accessible name (WCAG 2.5.3), the learner's name tells the rows apart
        aria-label={`${t('accounts.count', { count: linked.length })}: ${t('accounts.manageFor', { name })}`}
        onClick={() => setOpen(true)}
      >
        {t('accounts.count', { count: linked.length })}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('accounts.title', { name })}>
        <Stack>
          {save.error && (
            <Alert color="red" role="alert">
              {errorMessage(save.error)}
            </Alert>
          )}
          {linked.length === 0 ? (
            <Text c="dimmed">{t('accounts.none')}</Text>
          ) : (
            <List spacing="xs" aria-label={t('accounts.linked')}>
              {linked.map((a) => (
                <List.Item key={a.id}>
                  <Group gap="xs">
                    <Anchor href={a.url} target="_blank" rel="noreferrer">
                      {a.displayName}
                    </Anchor>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      loading={save.isPending}
                      aria-label={t('accounts.unlinkFor', { account: a.displayName })}
                      onClick={() =>
                        save.mutate(
                          ids.filter((id) => id !== a.id),
                          { onSuccess: () => notifySuccess(t('accounts.unlinked')) },
                        )
                      }
                    >
                      {t('accounts.unlink')}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
          <AccountPicker
            label={t('accounts.search')}
            description={t('accounts.searchHint')}
            value={picked}
            onChange={setPicked}
            exclude={ids}
          />
          <Group>
            <Button
              disabled={!picked}
              loading={save.isPending}
              onClick={() =>
                picked &&
                save.mutate([...ids, picked], {
                  onSuccess: () => {
                    setPicked(null);
                    notifySuccess(t('accounts.linkedDone'));
                  },
                })
              }
            >
              {t('accounts.link')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
