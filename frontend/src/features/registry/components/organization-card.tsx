import { Anchor, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { DetailList } from '@/components/ui/detail-list';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { EDITOR_ROLES, hasAnyRole, useSession } from '@/lib/session';

import { useArchiveOrganization } from '../api/archive-organization';
import { useOrganization } from '../api/get-organization';
import { useReferenceNames } from '../api/get-reference';

import { ArchiveButton } from './archive-button';
import { OrganizationAccounts } from './organization-accounts';
import { StatusBadge } from './status-badge';

export function OrganizationCard({ id }: { id: string }) {
  const { t, i18n } = useTranslation('registry');
  const organization = useOrganization(id);
  const archive = useArchiveOrganization(id);
  const names = useReferenceNames();
  const canEdit = hasAnyRole(useSession(), ...EDITOR_ROLES);
  const data = organization.data;
  const date = (value: string) => formatDateTime(value, i18n.language);

  return (
    <DataState
      isLoading={organization.isPending}
      error={organization.error}
      isEmpty={false}
      onRetry={() => void organization.refetch()}
    >
      {data && (
        <Stack>
          <PageHeader
            title={data.name}
            actions={
              canEdit && (
                <>
                  <Button
                    component={Link}
                    to={paths.organizationEdit.getHref(id)}
                    leftSection={<IconEdit size={16} aria-hidden />}
                  >
                    {t('card.edit')}
                  </Button>
                  <ArchiveButton
                    status={data.status}
                    version={data.version}
                    pending={archive.isPending}
                    run={archive.mutate}
                  />
                </>
              )
            }
          />
          <Paper withBorder p="md">
            <DetailList
              items={[
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
                { label: t('card.updatedAt'), value: date(data.updatedAt) },
              ]}
            />
          </Paper>
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
        </Stack>
      )}
    </DataState>
  );
}
