import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type Ref, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Account } from '../api/get-accounts';
import { useOrganizations } from '../api/get-organizations';

/** An organization as the API names it in a reference (id and name). */
export type OrganizationOption = Account['organization'];

export type OrganizationSelectProps = {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  /** the option for the current value, so its name shows before any search */
  selected?: OrganizationOption | null;
  error?: string;
  required?: boolean;
  clearable?: boolean;
  excludeId?: string;
  onBlur?: () => void;
  /** The input, so that a form can focus the field (the first invalid one after a submit). */
  ref?: Ref<HTMLInputElement>;
};

/** Picks an organization by typing part of its name; the server does the searching. */
export function OrganizationSelect({
  label,
  value,
  onChange,
  selected,
  error,
  required,
  clearable,
  excludeId,
  onBlur,
  ref,
}: OrganizationSelectProps) {
  const { t } = useTranslation('registry');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [picked, setPicked] = useState<OrganizationOption | null>(null);
  const organizations = useOrganizations({ q: debounced, size: 20, status: 'ACTIVE' });

  const data = useMemo(() => {
    const options = new Map<string, string>();
    for (const option of [selected, picked]) {
      if (option && option.id === value) options.set(option.id, option.name);
    }
    for (const organization of organizations.data?.items ?? []) {
      if (organization.id !== excludeId) options.set(organization.id, organization.name);
    }
    return [...options].map(([id, name]) => ({ value: id, label: name }));
  }, [organizations.data, selected, picked, value, excludeId]);

  return (
    <Select
      ref={ref}
      label={label}
      placeholder={t('form.organizationPlaceholder')}
      searchable
      clearable={clearable}
      required={required}
      data={data}
      value={value}
      error={error}
      onBlur={onBlur}
      onChange={(next, option) => {
        setPicked(option ? { id: option.value, name: option.label } : null);
        onChange(next);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={
        organizations.isFetching ? t('form.searching') : t('filters.nothingFound')
      }
    />
  );
}
