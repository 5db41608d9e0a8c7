import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { paths } from '@/config/paths';

import { useCriteriaSet } from '../api/get-criteria-set';

import { CriteriaSetEditor } from './criteria-set-editor';

/** Loads the draft and mounts a fresh editor for every saved version of it. */
export function CriteriaSetEditPage({ id }: { id: string }) {
  const { t } = useTranslation('methodology');
  const set = useCriteriaSet(id);
  return (
    <DataState
      isLoading={set.isPending}
      error={set.error}
      isEmpty={false}
      onRetry={() => void set.refetch()}
    >
      {set.data && set.data.status !== 'DRAFT' && (
        <Alert color="yellow" title={t('editor.notDraftTitle')}>
          {t('editor.notDraftText')}{' '}
          <Anchor component={Link} to={paths.criteriaSet.getHref(id)}>
            {t('editor.openView')}
          </Anchor>
        </Alert>
      )}
      {set.data?.status === 'DRAFT' && (
        <CriteriaSetEditor
          key={set.data.version}
          set={set.data}
          onReload={() => void set.refetch()}
        />
      )}
    </DataState>
  );
}
