import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';

import { PageHeader } from '@/components/ui/page-header';
import { ScrollTable } from '@/components/ui/scroll-table';
import { SearchSelect } from '@/components/ui/search-select';
import { paths } from '@/config/paths';
import { useMunicipalityList, useReferenceData } from '@/hooks/use-reference-data';
import { applyServerErrors } from '@/lib/form-errors';
import { errorMessage, notifyError, notifySuccess } from '@/lib/notify';
import { ApiError } from '@/lib/problem';

import { useApprovedCriteriaSets, useExpertCandidates } from '../api/get-options';
import type {
  CampaignRequest,
  CampaignScope,
  OrganizationKind,
  Platform,
  Sector,
} from '../api/schema';

import { ScopeCount } from './scope-count';
import { useCreateCampaignWithExperts } from './use-create-campaign';

const PERIOD = /^\d{4}-(Q[1-4]|H[12]|Y)$/;

const schema = z
  .object({
    title: z.string().trim().min(1, 'required').max(200, 'tooLong'),
    period: z.string().trim().regex(PERIOD, 'period'),
    criteriaSetId: z.string().min(1, 'required'),
    q: z.string().max(200, 'tooLong'),
    municipalities: z.array(z.string()),
    // the choices come from the reference data the server lists
    sectors: z.array(z.custom<Sector>((value) => typeof value === 'string')),
    kinds: z.array(z.custom<OrganizationKind>((value) => typeof value === 'string')),
    platforms: z.array(z.custom<Platform>((value) => typeof value === 'string')),
    experts: z.array(z.object({ userId: z.string(), municipalities: z.array(z.string()) })),
    keepMunicipalities: z.boolean(),
    evaluationDeadline: z.string().min(1, 'required'),
    reviewDeadline: z.string().min(1, 'required'),
    doublePercent: z.number({ error: 'required' }).min(0, 'percent').max(100, 'percent'),
    replyDays: z
      .number({ error: 'required' })
      .int('integer')
      .min(1, 'replyDays')
      .max(90, 'replyDays'),
  })
  .superRefine((values, ctx) => {
    if (
      values.evaluationDeadline &&
      values.reviewDeadline &&
      values.reviewDeadline < values.evaluationDeadline
    ) {
      ctx.addIssue({ code: 'custom', path: ['reviewDeadline'], message: 'reviewBeforeEvaluation' });
    }
    if (values.doublePercent > 0 && values.experts.length === 1) {
      ctx.addIssue({ code: 'custom', path: ['experts'], message: 'twoExpertsForDoubles' });
    }
  });
type Values = z.infer<typeof schema>;

/** The server's field names (`scope.sectors`, `doubleShare`) as this form calls them. */
const SERVER_FIELDS: Record<string, keyof Values> = {
  'scope.q': 'q',
  'scope.municipalities': 'municipalities',
  'scope.sectors': 'sectors',
  'scope.kinds': 'kinds',
  'scope.platforms': 'platforms',
  doubleShare: 'doublePercent',
};
const FIELDS = [...Object.keys(schema.shape), ...Object.keys(SERVER_FIELDS)] as (keyof Values)[];

function currentPeriod(now = new Date()): string {
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}

function toScope(
  values: Pick<Values, 'q' | 'municipalities' | 'sectors' | 'kinds' | 'platforms'>,
): CampaignScope {
  return {
    q: values.q.trim() || undefined,
    municipalities: values.municipalities,
    sectors: values.sectors,
    kinds: values.kinds,
    platforms: values.platforms,
    accountIds: [],
  };
}

function toRequest(values: Values): CampaignRequest {
  return {
    title: values.title.trim(),
    period: values.period.trim(),
    criteriaSetId: values.criteriaSetId,
    scope: toScope(values),
    evaluationDeadline: values.evaluationDeadline,
    reviewDeadline: values.reviewDeadline,
    doubleShare: Math.round(values.doublePercent * 10) / 1000,
    replyDays: values.replyDays,
    keepMunicipalities: values.keepMunicipalities,
  };
}

/**
 * A new campaign in one form: period and methodology, the scope by registry filters with the live
 * count, the experts with the municipalities they know, deadlines, the double share and the reply
 * window. Saving creates the campaign, sets its experts and assigns the accounts, then opens its
 * dashboard.
 */
export function CampaignWizard() {
  const { t } = useTranslation('campaigns');
  const navigate = useNavigate();
  const [setQuery, setSetQuery] = useState('');
  const sets = useApprovedCriteriaSets(setQuery);
  // the first page without a search: it gives the default set and its label while other searches run
  const firstSets = useApprovedCriteriaSets('');
  const candidates = useExpertCandidates();
  const municipalities = useMunicipalityList();
  const reference = useReferenceData();
  const create = useCreateCampaignWithExperts();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      title: '',
      period: currentPeriod(),
      criteriaSetId: '',
      q: '',
      municipalities: [],
      sectors: [],
      kinds: [],
      platforms: [],
      experts: [],
      keepMunicipalities: true,
      evaluationDeadline: '',
      reviewDeadline: '',
      doublePercent: 10,
      replyDays: 10,
    },
  });
  const [q, chosenMunicipalities, sectors, kinds, platforms, experts] = useWatch({
    control,
    name: ['q', 'municipalities', 'sectors', 'kinds', 'platforms', 'experts'],
  });
  const scope = useMemo(
    () => toScope({ q, municipalities: chosenMunicipalities, sectors, kinds, platforms }),
    [q, chosenMunicipalities, sectors, kinds, platforms],
  );

  const setOption = (set: { id: string; name: string; edition: number }) => ({
    value: set.id,
    label: t('campaign.methodologyName', { name: set.name, edition: set.edition }),
  });
  const setOptions = (sets.data?.items ?? []).map(setOption);
  const municipalityOptions = (municipalities.data ?? []).map((m) => ({
    value: m.id,
    label: m.name,
  }));
  const codes = (list?: { code: string; name: string }[]) =>
    (list ?? []).map((item) => ({ value: item.code, label: item.name }));
  const candidateById = new Map((candidates.data ?? []).map((user) => [user.id, user]));

  const message = (key?: string) => {
    if (!key) return undefined;
    return t(`validation.${key}`, { defaultValue: key });
  };
  const fieldError = (field: keyof Values) => {
    const error = errors[field];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : message(error.message);
  };

  // the first approved set is the default methodology once the list arrives
  const firstSetId = firstSets.data?.items[0]?.id;
  useEffect(() => {
    if (firstSetId && !getValues('criteriaSetId')) setValue('criteriaSetId', firstSetId);
  }, [firstSetId, getValues, setValue]);

  const onSubmit = handleSubmit((values) => {
    setFormErrors([]);
    create.mutate(
      { campaign: toRequest(values), experts: values.experts },
      {
        onSuccess: (result) => {
          if (result.failedStep) {
            notifyError(result.error, t(`wizard.failed.${result.failedStep}`));
          } else if (result.summary) {
            notifySuccess(
              t('wizard.createdAssigned', {
                count: result.summary.assigned,
                doubles: result.summary.doubles,
              }),
            );
          } else {
            notifySuccess(t('wizard.created'));
          }
          navigate(paths.campaign.getHref(result.campaign.id));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.problem.violations?.length) {
            const renamed = {
              ...error.problem,
              violations: error.problem.violations.map((violation) => ({
                ...violation,
                field: SERVER_FIELDS[violation.field ?? ''] ?? violation.field,
              })),
            };
            const rest = applyServerErrors(new ApiError(error.status, renamed), FIELDS, setError);
            setFormErrors(rest ?? []);
            return;
          }
          setFormErrors([errorMessage(error)]);
        },
      },
    );
  });

  return (
    <>
      <PageHeader title={t('wizard.title')} />
      <form onSubmit={onSubmit} noValidate>
        <Stack maw={1100}>
          {formErrors.length > 0 && (
            <Alert color="red" role="alert" title={t('wizard.notCreated')}>
              {formErrors.map((text) => (
                <Text size="sm" key={text}>
                  {text}
                </Text>
              ))}
            </Alert>
          )}
          <Fieldset legend={t('wizard.basics')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('campaign.title')}
                required
                error={fieldError('title')}
                {...register('title')}
              />
              <TextInput
                label={t('campaign.period')}
                description={t('wizard.periodHint')}
                required
                error={fieldError('period')}
                {...register('period')}
              />
              <Controller
                control={control}
                name="criteriaSetId"
                render={({ field }) => (
                  <SearchSelect
                    ref={field.ref}
                    label={t('campaign.methodology')}
                    description={t('wizard.methodologyHint')}
                    placeholder={t('wizard.methodologyPlaceholder')}
                    required
                    options={setOptions}
                    selected={(() => {
                      const chosen = firstSets.data?.items.find((set) => set.id === field.value);
                      return chosen ? setOption(chosen) : null;
                    })()}
                    onQueryChange={setSetQuery}
                    searching={sets.isFetching}
                    searchingMessage={t('wizard.searching')}
                    nothingFoundMessage={t('wizard.noApproved')}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    onBlur={field.onBlur}
                    error={fieldError('criteriaSetId')}
                  />
                )}
              />
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend={t('wizard.scope')}>
            <Stack>
              <Text size="sm" c="dimmed">
                {t('wizard.scopeHint')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {(
                  [
                    ['municipalities', municipalityOptions],
                    ['sectors', codes(reference.data?.sectors)],
                    ['kinds', codes(reference.data?.organizationKinds)],
                    ['platforms', codes(reference.data?.platforms)],
                  ] as const
                ).map(([name, data]) => (
                  <Controller
                    key={name}
                    control={control}
                    name={name}
                    render={({ field }) => (
                      <MultiSelect
                        ref={field.ref}
                        label={t(`scope.${name}`)}
                        placeholder={field.value.length ? undefined : t('scope.any')}
                        data={data}
                        value={field.value}
                        onChange={field.onChange}
                        onBlur={field.onBlur}
                        searchable
                        clearable
                        error={fieldError(name)}
                        comboboxProps={{ withinPortal: true }}
                      />
                    )}
                  />
                ))}
              </SimpleGrid>
              <TextInput
                label={t('scope.q')}
                description={t('scope.qHint')}
                type="search"
                error={fieldError('q')}
                {...register('q')}
              />
              <ScopeCount scope={scope} />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('wizard.experts')}>
            <Stack>
              {candidates.error ? (
                <Alert color="yellow" title={t('wizard.expertsUnavailable')}>
                  {errorMessage(candidates.error)}
                </Alert>
              ) : null}
              <MultiSelect
                label={t('wizard.pickExperts')}
                description={t('wizard.pickExpertsHint')}
                data={(candidates.data ?? []).map((user) => ({
                  value: user.id,
                  label: `${user.fullName} <${user.email}>`,
                }))}
                value={experts.map((expert) => expert.userId)}
                onChange={(ids) =>
                  setValue(
                    'experts',
                    ids.map(
                      (id) =>
                        experts.find((expert) => expert.userId === id) ?? {
                          userId: id,
                          municipalities: [],
                        },
                    ),
                    { shouldValidate: !!errors.experts },
                  )
                }
                searchable
                clearable
                error={fieldError('experts')}
                comboboxProps={{ withinPortal: true }}
              />
              {experts.length > 0 && (
                <ScrollTable label={t('wizard.expertsTable')} minWidth={480}>
                  <Table aria-label={t('wizard.expertsTable')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('wizard.expert')}</Table.Th>
                        <Table.Th>{t('wizard.knownMunicipalities')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {experts.map((expert, index) => {
                        const user = candidateById.get(expert.userId);
                        const name = user?.fullName ?? expert.userId;
                        return (
                          <Table.Tr key={expert.userId}>
                            <Table.Td>
                              <Text size="sm">{name}</Text>
                              {errors.experts?.[index]?.userId?.message && (
                                <Text size="xs" c="red">
                                  {errors.experts[index]?.userId?.message}
                                </Text>
                              )}
                            </Table.Td>
                            <Table.Td>
                              <Controller
                                control={control}
                                name={`experts.${index}.municipalities`}
                                render={({ field }) => (
                                  <MultiSelect
                                    ref={field.ref}
                                    aria-label={t('wizard.municipalitiesOf', { name })}
                                    placeholder={
                                      field.value.length ? undefined : t('wizard.anyMunicipality')
                                    }
                                    data={municipalityOptions}
                                    value={field.value}
                                    onChange={field.onChange}
                                    searchable
                                    clearable
                                    comboboxProps={{ withinPortal: true }}
                                  />
                                )}
                              />
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              )}
              <Controller
                control={control}
                name="keepMunicipalities"
                render={({ field }) => (
                  <Checkbox
                    ref={field.ref}
                    label={t('campaign.keepMunicipalities')}
                    description={t('wizard.keepMunicipalitiesHint')}
                    checked={field.value}
                    onChange={(event) => field.onChange(event.currentTarget.checked)}
                  />
                )}
              />
              {experts.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('wizard.noExpertsYet')}
                </Text>
              )}
            </Stack>
          </Fieldset>

          <Fieldset legend={t('wizard.schedule')}>
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <TextInput
                type="date"
                label={t('campaign.evaluationDeadline')}
                error={fieldError('evaluationDeadline')}
                {...register('evaluationDeadline')}
              />
              <TextInput
                type="date"
                label={t('campaign.reviewDeadline')}
                error={fieldError('reviewDeadline')}
                {...register('reviewDeadline')}
              />
              <Controller
                control={control}
                name="doublePercent"
                render={({ field }) => (
                  <NumberInput
                    ref={field.ref}
                    label={t('campaign.doubleShare')}
                    description={t('wizard.doubleShareHint')}
                    suffix=" %"
                    min={0}
                    max={100}
                    decimalScale={1}
                    value={Number.isFinite(field.value) ? field.value : ''}
                    onChange={(value) =>
                      field.onChange(typeof value === 'number' ? value : Number.NaN)
                    }
                    onBlur={field.onBlur}
                    error={fieldError('doublePercent')}
                  />
                )}
              />
              <Controller
                control={control}
                name="replyDays"
                render={({ field }) => (
                  <NumberInput
                    ref={field.ref}
                    label={t('campaign.replyDays')}
                    description={t('wizard.replyDaysHint')}
                    min={1}
                    max={90}
                    allowDecimal={false}
                    value={Number.isFinite(field.value) ? field.value : ''}
                    onChange={(value) =>
                      field.onChange(typeof value === 'number' ? value : Number.NaN)
                    }
                    onBlur={field.onBlur}
                    error={fieldError('replyDays')}
                  />
                )}
              />
            </SimpleGrid>
          </Fieldset>

          <Paper p="sm" withBorder>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t(experts.length > 0 ? 'wizard.saveAndAssign' : 'wizard.saveOnly')}
              </Text>
              <Group>
                <Button variant="default" onClick={() => navigate(paths.campaigns.getHref())}>
                  {t('actions.cancel')}
                </Button>
                <Button type="submit" loading={create.isPending}>
                  {t('wizard.create')}
                </Button>
              </Group>
            </Group>
          </Paper>
        </Stack>
      </form>
    </>
  );
}
