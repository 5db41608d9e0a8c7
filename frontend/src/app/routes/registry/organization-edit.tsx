import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useOrganization } from '@/features/registry/api/get-organization';
import { OrganizationForm } from '@/features/registry/components/organization-form';
import { notifySuccess } from '@/lib/notify';

export function OrganizationEditRoute() {
  const { t } = useTranslation('registry');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const organization = useOrganization(id);
  return (
    <>
      <PageHeader title={t('organizations.edit')} />
      <DataState isLoading={organization.isPending} error={organization.error} isEmpty={false}>
        {organization.data && (
          <Paper withBorder p="md" maw={900}>
            <OrganizationForm
              key={organization.data.version}
              organization={organization.data}
              onSaved={(saved) => {
                notifySuccess(t('form.saved'));
                navigate(paths.organization.getHref(saved.id));
              }}
              onCancel={() => navigate(paths.organization.getHref(id))}
              onReload={() => void organization.refetch()}
            />
          </Paper>
        )}
      </DataState>
    </>
  );
}
