import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { NotificationSettingsForm } from '@/features/notifications/components/notification-settings-form';

export function MyNotificationsRoute() {
  const { t } = useTranslation('notifications');
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <NotificationSettingsForm />
    </>
  );
}
