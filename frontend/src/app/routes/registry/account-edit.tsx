import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useAccount } from '@/features/registry/api/get-account';
import { AccountForm } from '@/features/registry/components/account-form';
import { notifySuccess } from '@/lib/notify';

export function AccountEditRoute() {
  const { t } = useTranslation('registry');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const account = useAccount(id);
  return (
    <>
      <PageHeader title={t('accounts.edit')} />
      <DataState isLoading={account.isPending} error={account.error} isEmpty={false}>
        {account.data && (
          <Paper withBorder p="md" maw={900}>
            <AccountForm
              key={account.data.version}
              account={account.data}
              onSaved={(saved) => {
                notifySuccess(t('form.saved'));
                navigate(paths.account.getHref(saved.id));
              }}
              onCancel={() => navigate(paths.account.getHref(id))}
              onReload={() => void account.refetch()}
            />
          </Paper>
        )}
      </DataState>
    </>
  );
}
