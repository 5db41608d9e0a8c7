import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { MyCertificates } from '@/features/certificates/components/my-certificates';

export function MyCertificatesRoute() {
  const { t } = useTranslation('certificates');
  return (
    <>
      <PageHeader title={t('mine.title')} />
      <MyCertificates />
    </>
  );
}
