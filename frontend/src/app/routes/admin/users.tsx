import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { UsersList } from '@/features/users/components/users-list';

export function UsersRoute() {
  const { t } = useTranslation('users');
  return (
    <>
      <PageHeader title={t('title')} />
      <UsersList />
    </>
  );
}
