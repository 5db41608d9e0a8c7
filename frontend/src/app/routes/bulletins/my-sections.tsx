import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { MyBulletins } from '@/features/bulletins/components/my-sections';

export function MyBulletinSectionsRoute() {
  const { t } = useTranslation('bulletins');
  return (
    <>
      <PageHeader title={t('mine.pageTitle')} />
      <MyBulletins />
    </>
  );
}
