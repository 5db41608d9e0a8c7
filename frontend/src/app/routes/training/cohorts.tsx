import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { CohortList } from '@/features/training/components/cohort-list';

export function TrainingCohortsRoute() {
  const { t } = useTranslation('training');
  return (
    <>
      <PageHeader title={t('cohorts.pageTitle')} />
      <CohortList />
    </>
  );
}
