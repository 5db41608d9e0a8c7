import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useProgramme } from '@/features/training/api/training';
import { QuestionBank } from '@/features/training/components/question-bank';
import { hasAnyRole, useSession } from '@/lib/session';

export function QuestionBankRoute() {
  const { t } = useTranslation('training');
  const session = useSession();
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  return (
    <>
      <PageHeader
        title={
          programme.data
            ? t('bank.heading', { title: programme.data.title, edition: programme.data.edition })
            : t('bank.title')
        }
        actions={
          <Button variant="subtle" component={Link} to={paths.trainingProgrammes.getHref()}>
            {t('bank.back')}
          </Button>
        }
      />
      <DataState
        isLoading={programme.isLoading}
        error={programme.error}
        isEmpty={false}
        onRetry={() => void programme.refetch()}
      >
        {programme.data && (
          <QuestionBank
            programme={programme.data}
            canManage={hasAnyRole(session, 'ADMIN', 'COORDINATOR')}
            onReload={() => void programme.refetch()}
          />
        )}
      </DataState>
    </>
  );
}
