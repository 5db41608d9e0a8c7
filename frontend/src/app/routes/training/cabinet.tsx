import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { Cabinet } from '@/features/training/components/cabinet';

export function MyTrainingRoute() {
  const { t } = useTranslation('training');
  return (
    <>
      <PageHeader title={t('cabinet.pageTitle')} />
      <Cabinet />
    </>
  );
}
