import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { AuditList } from '@/features/audit/components/audit-list';

export function AuditRoute() {
  const { t } = useTranslation('audit');
  return (
    <>
      <PageHeader title={t('title')} />
      <AuditList />
    </>
  );
}
