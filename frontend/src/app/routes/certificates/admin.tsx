import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { AdminCertificates } from '@/features/certificates/components/admin-certificates';

export function AdminCertificatesRoute() {
  const { t } = useTranslation('certificates');
  return (
    <>
      <PageHeader title={t('admin.title')} />
      <AdminCertificates />
    </>
  );
}
