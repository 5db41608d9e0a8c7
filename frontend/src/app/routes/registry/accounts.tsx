import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { AccountsList } from '@/features/registry/components/accounts-list';
import { EDITOR_ROLES, hasAnyRole, useSession } from '@/lib/session';

export function AccountsRoute() {
  const { t } = useTranslation('registry');
  const canEdit = hasAnyRole(useSession(), ...EDITOR_ROLES);
  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        actions={
          canEdit && (
            <Button
              component={Link}
              to={paths.accountNew.getHref()}
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t('accounts.new')}
            </Button>
          )
        }
      />
      <AccountsList />
    </>
  );
}
