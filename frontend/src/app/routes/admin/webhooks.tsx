import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { WebhooksPage } from '@/features/webhooks/components/webhooks-page';

export function WebhooksRoute() {
  const { t } = useTranslation('webhooks');
  return (
    <>
      <PageHeader title={t('title')} />
      <WebhooksPage />
    </>
  );
}
