import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useOrganization } from '@/features/registry/api/get-organization';
import { AccountForm } from '@/features/registry/components/account-form';
import { notifySuccess } from '@/lib/notify';

export function AccountNewRoute() {
  const { t } = useTranslation('registry');
  const navigate = useNavigate();
  const organizationId = useSearchParams()[0].get('organization') ?? '';
  const organization = useOrganization(organizationId);
  const waiting = !!organizationId && organization.isPending;
  return (
    <>
      <PageHeader title={t('accounts.new')} />
      <DataState isLoading={waiting} error={null} isEmpty={false}>
        <Paper withBorder p="md" maw={900}>
          <AccountForm
            organization={
              organization.data ? { id: organization.data.id, name: organization.data.name } : null
            }
            onSaved={(account) => {
              notifySuccess(t('form.saved'));
              navigate(paths.account.getHref(account.id));
            }}
            onCancel={() => navigate(-1)}
          />
        </Paper>
      </DataState>
    </>
  );
}
