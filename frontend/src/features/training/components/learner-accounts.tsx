import { Alert, Anchor, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '@/lib/api-client';
import { errorMessage, notifySuccess } from '@/lib/notify';

import { type RosterEntry, useLearnerAccounts } from '../api/training';
import '../i18n';

type Learner = RosterEntry['learner'];

/** Registry accounts matching what was typed (name or address), for the picker. */
export function useAccountSearch(q: string) {
  return useQuery({
    queryKey: ['training', 'account-search', q] as const,
    queryFn: () => unwrap(api.GET('/api/v1/accounts', { params: { query: { q, size: 20 } } })),
    enabled: q.trim().length >= 2,
    staleTime: 30_000,
  });
}

/**
 * The registry accounts a learner runs: a trainer of the learner's cohort (or staff) links one found by name or
 * address and unlinks one. The learner's cabinet shows these accounts' published index and recommendations.
 */
export function LearnerAccounts({ learner, name }: { learner: Learner; name: string }) {
  const { t } = useTranslation('training');
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const found = useAccountSearch(search);
  const save = useLearnerAccounts(learner.id);
  const linked = learner.accounts;
  const ids = linked.map((a) => a.id);
  const options = (found.data?.items ?? [])
    .filter((a) => !ids.includes(a.id))
    .map((a) => ({ value: a.id, label: `${a.displayName} — ${a.organization.name}` }));
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
          <Select
            label={t('accounts.search')}
            description={t('accounts.searchHint')}
            searchable
            clearable
            data={options}
            searchValue={search}
            onSearchChange={setSearch}
            value={picked}
            onChange={setPicked}
            filter={({ options: all }) => all}
            nothingFoundMessage={
              search.trim().length >= 2 && !found.isFetching ? t('accounts.nothing') : undefined
            }
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
                    setSearch('');
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
