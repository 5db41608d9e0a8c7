import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RatingsPage } from '@/features/ratings/components/ratings-page';

export function RatingsRoute() {
  const { t } = useTranslation('ratings');
  return (
    <>
      <PageHeader title={t('page.title')} />
      <RatingsPage />
    </>
  );
}
