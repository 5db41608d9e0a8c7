import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

import { useArchiveAccount } from '../api/archive-account';
import { useAccount } from '../api/get-account';
import { useReferenceNames } from '../api/get-reference';

import { RecordCard } from './record-card';
import { StatusBadge } from './status-badge';

export function AccountCard({ id }: { id: string }) {
  const { t } = useTranslation('registry');
  const names = useReferenceNames();

  return (
    <RecordCard
      query={useAccount(id)}
      archive={useArchiveAccount(id)}
      editHref={paths.accountEdit.getHref(id)}
      title={(data) => data.displayName}
      details={(data) => [
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
      ]}
    />
  );
}
