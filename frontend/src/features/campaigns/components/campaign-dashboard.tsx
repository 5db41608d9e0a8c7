import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChecklist, IconScale, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { DetailList } from '@/components/ui/detail-list';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useMunicipalityList, useReferenceNames } from '@/hooks/use-reference-data';
import { formatCount, formatDate } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';

import { useCampaign, useProgress } from '../api/get-campaign';
import { useAssignCampaign } from '../api/save-campaign';
import { useTransitionCampaign } from '../api/transition-campaign';

import { AssignmentsTable } from './assignments-table';
import { ProgressPanels } from './progress-panels';
import { describeScope } from './scope-summary';
import { StageBadge } from './stage-badge';
import { StageStepper } from './stage-stepper';

/** One campaign for its coordinator: the stages, the progress figures and every assignment. */
export function CampaignDashboard({ id }: { id: string }) {
  const { t, i18n } = useTranslation('campaigns');
  const campaign = useCampaign(id);
  const progress = useProgress(id);
  const transition = useTransitionCampaign(id);
  const assign = useAssignCampaign(id);
  const data = campaign.data;
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : null);
  const references = useReferenceNames();
  const municipalities = useMunicipalityList();
  const scopeText = data
    ? describeScope(data.scope, t, {
        municipality: (id) =>
          municipalities.data?.find((municipality) => municipality.id === id)?.name ?? '…',
        sector: (code) => references.sector(code),
        kind: (code) => references.kind(code),
        platform: (code) => references.platform(code),
      })
    : '';

  return (
    <DataState
      isLoading={campaign.isPending}
      error={campaign.error}
      isEmpty={false}
      onRetry={() => void campaign.refetch()}
    >
      {data && (
        <Stack>
          <PageHeader
            title={data.title}
            actions={
              <>
                <Button
                  component={Link}
                  to={paths.campaignReview.getHref(id)}
                  variant="light"
                  leftSection={<IconChecklist size={16} aria-hidden />}
                >
                  {t('dashboard.review', { count: progress.data?.byStatus.SUBMITTED ?? 0 })}
                </Button>
                <Button
                  component={Link}
                  to={paths.campaignAgreement.getHref(id)}
                  variant="light"
                  leftSection={<IconScale size={16} aria-hidden />}
                >
                  {t('dashboard.agreement')}
                </Button>
              </>
            }
          />
          <Anchor component={Link} to={paths.campaigns.getHref()} size="sm">
            {t('dashboard.allCampaigns')}
          </Anchor>
          <Paper withBorder p="md">
            <StageStepper
              stage={data.stage}
              pending={transition.isPending}
              error={transition.error}
              onAdvance={(to) =>
                transition.mutate(
                  { to, version: data.version },
                  {
                    onSuccess: () =>
                      notifySuccess(t('dashboard.moved', { stage: t(`stages.${to}`) })),
                  },
                )
              }
            />
          </Paper>
          <Paper withBorder p="md">
            <DetailList
              items={[
                { label: t('campaign.stage'), value: <StageBadge stage={data.stage} /> },
                { label: t('campaign.period'), value: data.period },
                {
                  label: t('campaign.methodology'),
                  value: (
                    <Anchor component={Link} to={`/methodology/${data.criteriaSet.id}`}>
                      {t('campaign.methodologyName', {
                        name: data.criteriaSet.name,
                        edition: data.criteriaSet.edition,
                      })}
                    </Anchor>
                  ),
                },
                { label: t('campaign.scope'), value: scopeText },
                {
                  label: t('campaign.accounts'),
                  value: formatCount(data.accountCount, i18n.language),
                },
                {
                  label: t('campaign.experts'),
                  value: data.experts.map((expert) => expert.fullName).join(', '),
                },
                { label: t('campaign.evaluationDeadline'), value: date(data.evaluationDeadline) },
                { label: t('campaign.reviewDeadline'), value: date(data.reviewDeadline) },
                {
                  label: t('campaign.doubleShare'),
                  value: `${Math.round(data.doubleShare * 1000) / 10} %`,
                },
                { label: t('campaign.replyDays'), value: data.replyDays },
                ...(data.replyClosesAt
                  ? [{ label: t('campaign.replyClosesAt'), value: date(data.replyClosesAt) }]
                  : []),
                ...(data.publishedAt
                  ? [{ label: t('campaign.publishedAt'), value: date(data.publishedAt) }]
                  : []),
              ]}
            />
            {(data.stage === 'PREPARATION' || data.stage === 'EVALUATION') && (
              <Group mt="md">
                <Button
                  variant="light"
                  leftSection={<IconUsersGroup size={16} aria-hidden />}
                  loading={assign.isPending}
                  onClick={() =>
                    assign.mutate(undefined, {
                      onSuccess: (summary) =>
                        notifySuccess(
                          t('dashboard.assigned', {
                            count: summary.assigned,
                            doubles: summary.doubles,
                          }),
                        ),
                      onError: (error) => notifyError(error),
                    })
                  }
                >
                  {t('dashboard.assign')}
                </Button>
                <Text size="sm" c="dimmed">
                  {t('dashboard.assignHint')}
                </Text>
              </Group>
            )}
          </Paper>
          <Title order={3}>{t('progress.title')}</Title>
          <DataState
            isLoading={progress.isPending}
            error={progress.error}
            isEmpty={false}
            onRetry={() => void progress.refetch()}
          >
            {progress.data && <ProgressPanels progress={progress.data} />}
          </DataState>
          <Title order={3}>{t('assignments.title')}</Title>
          <AssignmentsTable
            campaign={data}
            municipalities={(progress.data?.perMunicipality ?? []).map((m) => ({
              id: m.municipalityId,
              name: m.name,
            }))}
          />
        </Stack>
      )}
    </DataState>
  );
}
