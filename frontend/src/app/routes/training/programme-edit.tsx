import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useProgramme } from '@/features/training/api/training';
import { ProgrammeEditor } from '@/features/training/components/programme-editor';

export function ProgrammeNewRoute() {
  const { t } = useTranslation('training');
  return (
    <>
      <PageHeader title={t('editor.newTitle')} />
      <ProgrammeEditor />
    </>
  );
}

export function ProgrammeEditRoute() {
  const { t } = useTranslation('training');
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  return (
    <>
      <PageHeader
        title={
          programme.data
            ? t('editor.editHeading', {
                title: programme.data.title,
                edition: programme.data.edition,
              })
            : t('editor.editTitle')
        }
        actions={
          <Button variant="light" component={Link} to={paths.trainingQuestionBank.getHref(id)}>
            {t('bank.title')}
          </Button>
        }
      />
      <DataState
        isLoading={programme.isLoading}
        error={programme.error}
        isEmpty={false}
        onRetry={() => void programme.refetch()}
      >
        {programme.data &&
          (programme.data.status === 'DRAFT' ? (
            <ProgrammeEditor key={programme.data.version} programme={programme.data} />
          ) : (
            <Alert color="yellow">{t('editor.notDraft')}</Alert>
          ))}
      </DataState>
    </>
  );
}
