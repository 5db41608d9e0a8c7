import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useMunicipalityList, useReferenceData } from '@/hooks/use-reference-data';

import type { RatedCampaign } from '../api/get-rated-campaigns';

export const LEVELS = ['ACCOUNT', 'ORGANIZATION', 'MUNICIPALITY', 'SECTOR'] as const;
export const PEER_GROUPS = ['OVERALL', 'SECTOR', 'KIND'] as const;
export const SORTS = [
  'place',
  '-place',
  '-index',
  'index',
  'name',
  '-indexDelta',
  '-placeDelta',
] as const;

export const FILTER_KEYS = [
  'campaign',
  'level',
  'peers',
  'municipality',
  'sector',
  'kind',
  'platform',
  'q',
  'sort',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export type RatingFiltersProps = {
  campaigns: RatedCampaign[];
  values: Record<FilterKey, string>;
  onChange: (patch: Partial<Record<FilterKey, string | null>>) => void;
};

/** The rating's filters: campaign, level, peer group, municipality, sector, kind, platform, sort. */
export function RatingFilters({ campaigns, values, onChange }: RatingFiltersProps) {
  const { t } = useTranslation('ratings');
  const reference = useReferenceData();
  const municipalities = useMunicipalityList();
  const level = values.level || 'ACCOUNT';

  const select = (
    key: FilterKey,
    data: { value: string; label: string }[],
    options: { required?: boolean; searchable?: boolean; width?: number } = {},
  ) => (
    <Select
      key={key}
      label={t(`filters.${key}`)}
      placeholder={t('filters.any')}
      data={data}
      value={values[key] || null}
      onChange={(value) => onChange({ [key]: value })}
      clearable={!options.required}
      allowDeselect={!options.required}
      searchable={options.searchable}
      nothingFoundMessage={t('filters.nothingFound')}
      w={options.width ?? 200}
      comboboxProps={{ withinPortal: true }}
    />
  );

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      {select(
        'campaign',
        campaigns.map((item) => ({
          value: item.campaign.id,
          label: `${item.campaign.title} (${item.campaign.period})`,
        })),
        { required: true, width: 280 },
      )}
      {select(
        'level',
        LEVELS.map((value) => ({ value, label: t(`level.${value}`) })),
        { required: true },
      )}
      {select(
        'peers',
        PEER_GROUPS.map((value) => ({ value, label: t(`peers.${value}`) })),
        { required: true },
      )}
      {level !== 'MUNICIPALITY' &&
        level !== 'SECTOR' &&
        select(
          'municipality',
          (municipalities.data ?? []).map((item) => ({ value: item.id, label: item.name })),
          { searchable: true, width: 240 },
        )}
      {level !== 'SECTOR' &&
        select(
          'sector',
          (reference.data?.sectors ?? []).map((item) => ({ value: item.code, label: item.name })),
        )}
      {(level === 'ACCOUNT' || level === 'ORGANIZATION') &&
        select(
          'kind',
          (reference.data?.organizationKinds ?? []).map((item) => ({
            value: item.code,
            label: item.name,
          })),
        )}
      {level === 'ACCOUNT' &&
        select(
          'platform',
          (reference.data?.platforms ?? []).map((item) => ({ value: item.code, label: item.name })),
        )}
      {select(
        'sort',
        SORTS.map((value) => ({ value, label: t(`sort.${value}`) })),
        { required: true },
      )}
    </Group>
  );
}
