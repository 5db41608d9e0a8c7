import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { OutboxList } from '@/features/notifications/components/outbox-list';

export function OutboxRoute() {
  const { t } = useTranslation('notifications');
  return (
    <>
      <PageHeader title={t('outbox.title')} />
      <OutboxList />
    </>
  );
}
