import { Button } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { notifyError, notifySuccess } from '@/lib/notify';

import { useNewCriteriaSetVersion } from '../api/criteria-set-actions';

/** Clones an approved or retired set into a new draft edition and opens it in the editor. */
export function NewVersionButton({ id }: { id: string }) {
  const { t } = useTranslation('methodology');
  const navigate = useNavigate();
  const newVersion = useNewCriteriaSetVersion(id);
  return (
    <Button
      leftSection={<IconCopy size={16} aria-hidden />}
      loading={newVersion.isPending}
      onClick={() =>
        newVersion.mutate(undefined, {
          onSuccess: (draft) => {
            notifySuccess(t('actions.newVersionCreated', { edition: draft.edition }));
            navigate(paths.criteriaSetEdit.getHref(draft.id));
          },
          onError: (error) => notifyError(error),
        })
      }
    >
      {t('actions.newVersion')}
    </Button>
  );
}
