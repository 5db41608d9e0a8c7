import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { UsersList } from '@/features/users/components/users-list';

export function UsersRoute() {
  const { t } = useTranslation('users');
  return (
    <>
      <PageHeader title={t('title')} />
      <UsersList ownPasswordForm={(onDone) => <ChangePasswordForm onDone={onDone} />} />
    </>
  );
}
