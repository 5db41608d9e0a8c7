import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { ProgrammeList } from '@/features/training/components/programme-list';
import { hasAnyRole, useSession } from '@/lib/session';

export function TrainingProgrammesRoute() {
  const { t } = useTranslation('training');
  const session = useSession();
  return (
    <>
      <PageHeader title={t('programmes.pageTitle')} />
      <ProgrammeList canManage={hasAnyRole(session, 'ADMIN', 'COORDINATOR')} />
    </>
  );
}
