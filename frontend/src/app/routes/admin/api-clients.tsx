import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { ApiClientsList } from '@/features/api-clients/components/api-clients-list';

export function ApiClientsRoute() {
  const { t } = useTranslation('apiClients');
  return (
    <>
      <PageHeader title={t('title')} />
      <ApiClientsList />
    </>
  );
}
