import { type ComboboxItem, Select, type SelectProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type AccountHit, useAccountSearch } from '../api/training';
import '../i18n';

type AccountPickerProps = Pick<SelectProps, 'description' | 'style'> & {
  /** The visible label, which is also the combobox's accessible name. */
  label: string;
  /** The picked account's id; set it back to null to clear the picker and its search text. */
  value: string | null;
  onChange: (accountId: string | null) => void;
  /** Accounts not to offer (already linked or asked for). */
  exclude?: readonly string[];
};

const toOption = (a: AccountHit): ComboboxItem => ({
  value: a.id,
  label: `${a.displayName} — ${a.organization.name}`,
});

/**
 * Picks one registry account by what is typed (name or address, two characters at least): the registry's
 * account search answers, the options show the account and its organisation.
 */
export function AccountPicker({
  label,
  value,
  onChange,
  exclude = [],
  ...rest
}: AccountPickerProps) {
  const { t } = useTranslation('training');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<ComboboxItem | null>(null);
  // the picked option stays offered, and the field then shows its label: that is no new search
  const picked = chosen !== null && chosen.value === value ? chosen : null;
  const query = picked !== null && search === picked.label ? '' : search;
  const found = useAccountSearch(query);
  const options = (found.data?.items ?? []).filter((a) => !exclude.includes(a.id)).map(toOption);
  if (picked !== null && !options.some((o) => o.value === picked.value)) {
    options.unshift(picked);
  }
  return (
    <Select
      {...rest}
      label={label}
      searchable
      clearable
      data={options}
      searchValue={search}
      onSearchChange={setSearch}
      value={value}
      onChange={(id, option) => {
        setChosen(id === null ? null : option);
        onChange(id);
      }}
      filter={({ options: all }) => all}
      nothingFoundMessage={
        query.trim().length >= 2 && !found.isFetching ? t('accounts.nothing') : undefined
      }
    />
  );
}
