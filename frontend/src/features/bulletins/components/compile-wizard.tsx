import { Alert, Button, Group, Select, SimpleGrid, Stack, Stepper, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { SearchSelect } from '@/components/ui/search-select';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/notify';
import { ApiError, matchFieldErrors } from '@/lib/problem';
import { useSession } from '@/lib/session';

import {
  type Campaign,
  useCreateIssue,
  usePublishedCampaigns,
  useReviewerChoices,
  useSeries,
} from '../api/bulletins';
import '../i18n';

const FIELDS = [
  'series',
  'campaignId',
  'title',
  'periodFrom',
  'periodTo',
  'reviewerId',
  'language',
] as const;

/** «2024-Q1» → the first and last day of that quarter; any other label → nothing. */
export function quarterDates(label: string): { from: string; to: string } | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!match) return null;
  const year = Number(match[1]);
  const quarter = Number(match[2]);
  const first = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
  const lastDay = new Date(Date.UTC(year, quarter * 3, 0)).getUTCDate();
  return { from: first, to: `${year}-${String(quarter * 3).padStart(2, '0')}-${lastDay}` };
}

/**
 * Compiling an issue from a published campaign: first the series and the campaign, then the title and
 * the period (proposed from the campaign). The server compiles the blocks; the editor opens next.
 */
export function CompileWizard() {
  const { t } = useTranslation('bulletins');
  const navigate = useNavigate();
  const series = useSeries();
  const [campaignQuery, setCampaignQuery] = useState('');
  const campaigns = usePublishedCampaigns(campaignQuery);
  const create = useCreateIssue();
  const session = useSession();
  const [reviewerQuery, setReviewerQuery] = useState('');
  const reviewers = useReviewerChoices(reviewerQuery);
  const [step, setStep] = useState(0);
  const [v, setV] = useState({
    series: null as string | null,
    campaignId: null as string | null,
    title: '',
    periodFrom: '',
    periodTo: '',
    reviewerId: null as string | null,
    language: 'ru' as 'ru' | 'en',
  });
  const problem =
    create.error instanceof ApiError ? matchFieldErrors(create.error.problem, FIELDS) : null;
  const errors = problem?.matched ?? {};
  const other = create.error
    ? problem && problem.unmatched.length === 0 && Object.keys(errors).length > 0
      ? null
      : problem && problem.unmatched.length > 0
        ? problem.unmatched.join('; ')
        : errorMessage(create.error)
    : null;
  const pickCampaign = (id: string | null) => {
    const campaign: Campaign | undefined = campaigns.data?.items.find((c) => c.id === id);
    const dates = campaign ? quarterDates(campaign.period) : null;
    setV({
      ...v,
      campaignId: id,
      title:
        campaign && !v.title ? t('wizard.proposedTitle', { period: campaign.period }) : v.title,
      periodFrom: dates && !v.periodFrom ? dates.from : v.periodFrom,
      periodTo: dates && !v.periodTo ? dates.to : v.periodTo,
    });
  };
  return (
    <form
      aria-label={t('wizard.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (step === 0) {
          setStep(1);
          return;
        }
        create.mutate(
          {
            series: v.series ?? '',
            campaignId: v.campaignId ?? undefined,
            title: v.title.trim(),
            periodFrom: v.periodFrom,
            periodTo: v.periodTo,
            reviewerId: v.reviewerId,
            language: v.language,
          },
          {
            onSuccess: (issue) => void navigate(paths.bulletinEditor.getHref(issue.id)),
            onError: (error) => {
              if (!(error instanceof ApiError)) return;
              const { matched } = matchFieldErrors(error.problem, FIELDS);
              if (matched.series || matched.campaignId) setStep(0);
            },
          },
        );
      }}
    >
      <Stack maw={760}>
        <Stepper active={step} onStepClick={setStep} size="sm">
          <Stepper.Step label={t('wizard.stepSource')} />
          <Stepper.Step label={t('wizard.stepTitle')} />
        </Stepper>
        {other && (
          <Alert color="red" role="alert">
            {other}
          </Alert>
        )}
        {step === 0 ? (
          <>
            <Select
              label={t('fields.series')}
              required
              data={(series.data ?? []).map((s) => ({ value: s.slug, label: s.title }))}
              value={v.series}
              onChange={(value) => setV({ ...v, series: value })}
              disabled={!series.data}
              error={errors.series}
            />
            <SearchSelect
              label={t('wizard.campaign')}
              description={t('wizard.campaignHint')}
              placeholder={t('wizard.campaignPlaceholder')}
              options={(campaigns.data?.items ?? []).map((c) => ({
                value: c.id,
                label: `${c.title} (${c.period})`,
              }))}
              onQueryChange={setCampaignQuery}
              searching={campaigns.isFetching}
              searchingMessage={t('wizard.searching')}
              nothingFoundMessage={t('wizard.noCampaigns')}
              value={v.campaignId}
              onChange={pickCampaign}
              error={errors.campaignId}
              clearable
            />
            <Select
              label={t('fields.language')}
              description={t('wizard.languageHint')}
              data={[
                { value: 'ru', label: t('wizard.languageRu') },
                { value: 'en', label: t('wizard.languageEn') },
              ]}
              value={v.language}
              onChange={(value) => setV({ ...v, language: value === 'en' ? 'en' : 'ru' })}
              allowDeselect={false}
              error={errors.language}
            />
            {!reviewers.isError && (
              <SearchSelect
                label={t('fields.reviewer')}
                description={t('editor.reviewerHint')}
                placeholder={t('editor.reviewerPlaceholder')}
                options={(reviewers.data ?? []).filter((r) => r.value !== session?.user.id)}
                onQueryChange={setReviewerQuery}
                searching={reviewers.isFetching}
                searchingMessage={t('wizard.searching')}
                nothingFoundMessage={t('editor.noReviewers')}
                value={v.reviewerId}
                onChange={(reviewerId) => setV({ ...v, reviewerId })}
                error={errors.reviewerId}
                clearable
              />
            )}
            <Group>
              <Button type="submit" disabled={!v.series}>
                {t('wizard.next')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <TextInput
              label={t('fields.title')}
              required
              value={v.title}
              onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
              error={errors.title}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('fields.periodFrom')}
                required
                value={v.periodFrom}
                onChange={(e) => setV({ ...v, periodFrom: e.currentTarget.value })}
                error={errors.periodFrom}
              />
              <TextInput
                type="date"
                label={t('fields.periodTo')}
                required
                value={v.periodTo}
                onChange={(e) => setV({ ...v, periodTo: e.currentTarget.value })}
                error={errors.periodTo}
              />
            </SimpleGrid>
            <Group>
              <Button variant="default" onClick={() => setStep(0)}>
                {t('wizard.back')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {v.campaignId ? t('wizard.compile') : t('wizard.create')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
