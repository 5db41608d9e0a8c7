import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/notify';
import { ApiError, fieldErrors } from '@/lib/problem';

import { useSaveCriteriaSet } from '../api/save-criteria-set';

/** Starts a new methodology family: a named, empty draft that opens in the editor. */
export function NewDraftButton() {
  const { t } = useTranslation('methodology');
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useSaveCriteriaSet();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('validation.required'));
    setError(null);
    save.mutate(
      { values: { name: name.trim(), description: description.trim() || undefined, criteria: [] } },
      {
        onSuccess: (draft) => navigate(paths.criteriaSetEdit.getHref(draft.id)),
        onError: (failure) =>
          setError(
            (failure instanceof ApiError && fieldErrors(failure.problem).name) ||
              errorMessage(failure),
          ),
      },
    );
  };

  return (
    <>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
        {t('actions.newDraft')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('actions.newDraft')}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label={t('set.name')}
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={error}
              data-autofocus
            />
            <Textarea
              label={t('set.description')}
              rows={3}
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('actions.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
