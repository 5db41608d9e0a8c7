import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useMunicipalities } from '../api/get-municipalities';
import { useReference } from '../api/get-reference';

export type FilterField = 'municipality' | 'sector' | 'kind' | 'platform' | 'status' | 'sort';

export type RegistryFiltersProps = {
  fields: readonly FilterField[];
  values: Partial<Record<FilterField, string>>;
  onChange: (patch: Partial<Record<FilterField, string | null>>) => void;
  /** sort options offered; relevance only makes sense with a search text */
  sortOptions?: readonly string[];
};

export function RegistryFilters({
  fields,
  values,
  onChange,
  sortOptions = [],
}: RegistryFiltersProps) {
  const { t } = useTranslation('registry');
  const municipalities = useMunicipalities();
  const reference = useReference();

  const options: Record<FilterField, { value: string; label: string }[]> = {
    municipality: (municipalities.data ?? []).map((m) => ({ value: m.id, label: m.name })),
    sector: (reference.data?.sectors ?? []).map((s) => ({ value: s.code, label: s.name })),
    kind: (reference.data?.organizationKinds ?? []).map((k) => ({ value: k.code, label: k.name })),
    platform: (reference.data?.platforms ?? []).map((p) => ({ value: p.code, label: p.name })),
    status: ['ACTIVE', 'ARCHIVED'].map((s) => ({ value: s, label: t(`status.${s}`) })),
    sort: sortOptions.map((s) => ({ value: s, label: t(`sort.${s}`) })),
  };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      {fields.map((field) => (
        <Select
          key={field}
          label={t(`filters.${field}`)}
          placeholder={field === 'sort' ? t('filters.defaultSort') : t('filters.any')}
          data={options[field]}
          value={values[field] || null}
          onChange={(value) => onChange({ [field]: value })}
          searchable={field === 'municipality'}
          clearable={field !== 'sort'}
          allowDeselect={field !== 'sort'}
          nothingFoundMessage={t('filters.nothingFound')}
          w={field === 'municipality' ? 240 : 190}
          comboboxProps={{ withinPortal: true }}
        />
      ))}
    </Group>
  );
}
