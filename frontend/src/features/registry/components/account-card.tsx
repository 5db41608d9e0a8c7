import { Anchor, Button, Paper, Stack } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { DetailList } from '@/components/ui/detail-list';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { EDITOR_ROLES, hasAnyRole, useSession } from '@/lib/session';

import { useArchiveAccount } from '../api/archive-account';
import { useAccount } from '../api/get-account';
import { useReferenceNames } from '../api/get-reference';

import { ArchiveButton } from './archive-button';
import { StatusBadge } from './status-badge';

export function AccountCard({ id }: { id: string }) {
  const { t, i18n } = useTranslation('registry');
  const account = useAccount(id);
  const archive = useArchiveAccount(id);
  const names = useReferenceNames();
  const canEdit = hasAnyRole(useSession(), ...EDITOR_ROLES);
  const data = account.data;
  const date = (value: string) => formatDateTime(value, i18n.language);

  return (
    <DataState
      isLoading={account.isPending}
      error={account.error}
      isEmpty={false}
      onRetry={() => void account.refetch()}
    >
      {data && (
        <Stack>
          <PageHeader
            title={data.displayName}
            actions={
              canEdit && (
                <>
                  <Button
                    component={Link}
                    to={paths.accountEdit.getHref(id)}
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
                { label: t('account.status'), value: <StatusBadge status={data.status} /> },
                { label: t('account.platform'), value: names.platform(data.platform) },
                {
                  label: t('account.url'),
                  value: (
                    <Anchor href={data.url} target="_blank" rel="noopener noreferrer">
                      {data.url}
                    </Anchor>
                  ),
                },
                { label: t('account.normalizedUrl'), value: data.normalizedUrl },
                {
                  label: t('account.organization'),
                  value: (
                    <Anchor component={Link} to={paths.organization.getHref(data.organization.id)}>
                      {data.organization.name}
                    </Anchor>
                  ),
                },
                { label: t('account.municipality'), value: data.municipality.name },
                {
                  label: t('account.official'),
                  value: data.official ? t('card.yes') : t('card.no'),
                },
                { label: t('account.externalId'), value: data.externalId },
                { label: t('card.updatedAt'), value: date(data.updatedAt) },
              ]}
            />
          </Paper>
        </Stack>
      )}
    </DataState>
  );
}
