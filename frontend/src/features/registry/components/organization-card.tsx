import { Anchor, Button, Group, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

import { useArchiveOrganization } from '../api/archive-organization';
import { useOrganization } from '../api/get-organization';
import { useReferenceNames } from '../api/get-reference';

import { OrganizationAccounts } from './organization-accounts';
import { RecordCard } from './record-card';
import { StatusBadge } from './status-badge';

export function OrganizationCard({ id }: { id: string }) {
  const { t } = useTranslation('registry');
  const names = useReferenceNames();

  return (
    <RecordCard
      query={useOrganization(id)}
      archive={useArchiveOrganization(id)}
      editHref={paths.organizationEdit.getHref(id)}
      title={(data) => data.name}
      details={(data) => [
        { label: t('organization.status'), value: <StatusBadge status={data.status} /> },
        { label: t('organization.shortName'), value: data.shortName },
        { label: t('organization.kind'), value: names.kind(data.kind) },
        { label: t('organization.sector'), value: names.sector(data.sector) },
        { label: t('organization.municipality'), value: data.municipality.name },
        {
          label: t('organization.parent'),
          value: data.parent && (
            <Anchor component={Link} to={paths.organization.getHref(data.parent.id)}>
              {data.parent.name}
            </Anchor>
          ),
        },
        {
          label: t('organization.website'),
          value: data.website && (
            <Anchor href={data.website} target="_blank" rel="noopener noreferrer">
              {data.website}
            </Anchor>
          ),
        },
        { label: t('organization.inn'), value: data.inn },
        { label: t('organization.ogrn'), value: data.ogrn },
        { label: t('organization.kpp'), value: data.kpp },
        { label: t('organization.externalId'), value: data.externalId },
      ]}
    >
      {(data, canEdit) => (
        <>
          <Group justify="space-between">
            <Title order={3}>{t('card.accounts', { count: data.accountCount })}</Title>
            {canEdit && (
              <Button
                component={Link}
                to={paths.accountNew.getHref(id)}
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                {t('accounts.new')}
              </Button>
            )}
          </Group>
          <OrganizationAccounts organizationId={id} />
        </>
      )}
    </RecordCard>
  );
}
