import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { OrganizationForm } from '@/features/registry/components/organization-form';
import { notifySuccess } from '@/lib/notify';

export function OrganizationNewRoute() {
  const { t } = useTranslation('registry');
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('organizations.new')} />
      <Paper withBorder p="md" maw={900}>
        <OrganizationForm
          onSaved={(organization) => {
            notifySuccess(t('form.saved'));
            navigate(paths.organization.getHref(organization.id));
          }}
          onCancel={() => navigate(-1)}
        />
      </Paper>
    </>
  );
}
