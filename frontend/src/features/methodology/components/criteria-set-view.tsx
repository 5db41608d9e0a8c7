import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCode, IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { DetailList } from '@/components/ui/detail-list';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { apiUrl } from '@/lib/api-client';
import { formatCount, formatDate, formatNumber } from '@/lib/format';
import { EDITOR_ROLES, hasAnyRole, useSession } from '@/lib/session';

import { useCriteriaSet } from '../api/get-criteria-set';

import { CriterionCard } from './criterion-card';
import { groupCriteria } from './group-criteria';
import { NewVersionButton } from './new-version-button';
import { CriteriaSetStatusBadge } from './status-badge';

/** The public page of one methodology edition: every criterion, grouped, with how it is scored. */
export function CriteriaSetView({ id }: { id: string }) {
  const { t, i18n } = useTranslation('methodology');
  const set = useCriteriaSet(id);
  const canEdit = hasAnyRole(useSession(), ...EDITOR_ROLES);
  const data = set.data;
  const number = (value: number) => formatNumber(value, i18n.language, 3);

  return (
    <DataState
      isLoading={set.isPending}
      error={set.error}
      isEmpty={false}
      onRetry={() => void set.refetch()}
    >
      {data && (
        <Stack>
          <PageHeader
            title={t('view.title', { name: data.name, edition: data.edition })}
            actions={
              <>
                <Button
                  component="a"
                  href={apiUrl(`/api/v1/criteria-sets/${data.id}`)}
                  variant="default"
                  leftSection={<IconCode size={16} aria-hidden />}
                  aria-label={t('view.json')}
                >
                  JSON
                </Button>
                {canEdit && data.status === 'DRAFT' && (
                  <Button
                    component={Link}
                    to={paths.criteriaSetEdit.getHref(data.id)}
                    leftSection={<IconEdit size={16} aria-hidden />}
                  >
                    {t('actions.edit')}
                  </Button>
                )}
                {canEdit && data.status !== 'DRAFT' && <NewVersionButton id={data.id} />}
              </>
            }
          />
          <Anchor component={Link} to={paths.methodology.getHref()} size="sm">
            {t('view.allEditions')}
          </Anchor>
          <Paper withBorder p="md">
            <Stack>
              {data.description && (
                <Text style={{ whiteSpace: 'pre-line' }}>{data.description}</Text>
              )}
              <DetailList
                items={[
                  {
                    label: t('set.status'),
                    value: <CriteriaSetStatusBadge status={data.status} />,
                  },
                  { label: t('set.edition'), value: data.edition },
                  {
                    label: t('set.approvedAt'),
                    value: data.approvedAt ? formatDate(data.approvedAt, i18n.language) : null,
                  },
                  {
                    label: t('set.criteriaCount'),
                    value: formatCount(data.criteria.length, i18n.language),
                  },
                  { label: t('set.totalWeight'), value: number(data.totalWeight) },
                ]}
              />
              <Text size="sm" c="dimmed">
                {t('view.indexExplained')}
              </Text>
            </Stack>
          </Paper>
          {data.criteria.length === 0 && <Text c="dimmed">{t('view.noCriteria')}</Text>}
          {groupCriteria(data.criteria).map(({ group, items }) => (
            <Stack key={group} gap="sm" component="section" aria-label={t(`groups.${group}`)}>
              <Title order={3}>{t(`groups.${group}`)}</Title>
              {items.map(({ criterion }) => (
                <CriterionCard key={criterion.id} criterion={criterion} />
              ))}
            </Stack>
          ))}
        </Stack>
      )}
    </DataState>
  );
}
