import {
  type ComboboxItem,
  MultiSelect,
  type MultiSelectProps,
  Select,
  type SelectProps,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type Ref, useEffect, useState } from 'react';

export type SearchSelectProps = Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'
> & {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  /** What the server found for the last query (the first page of it). */
  options: ComboboxItem[];
  /** Called with the typed text, trimmed and debounced; the caller asks the server with it. */
  onQueryChange: (query: string) => void;
  /** The option of the current value, so that its label shows before any search (e.g. a saved choice). */
  selected?: ComboboxItem | null;
  /** Shown instead of options while the server is asked, and when it finds nothing. */
  searchingMessage: string;
  nothingFoundMessage: string;
  searching: boolean;
  /** The input, so that a form can focus the field (the first invalid one after a submit). */
  ref?: Ref<HTMLInputElement>;
};

/**
 * A select whose options the server searches: what is typed goes to the caller (trimmed, debounced) and the
 * options it gets back are shown as they are, so any record can be found, not just those of a first page.
 * The picked option stays offered while other searches run; its label in the field is no new search.
 */
export function SearchSelect({
  value,
  onChange,
  options,
  onQueryChange,
  selected,
  searchingMessage,
  nothingFoundMessage,
  searching,
  ...rest
}: SearchSelectProps) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<ComboboxItem | null>(null);
  const current = [picked, selected ?? null].find((o) => o !== null && o.value === value) ?? null;
  const query = current !== null && search === current.label ? '' : search.trim();
  const [debounced] = useDebouncedValue(query, 300);
  useEffect(() => onQueryChange(debounced), [debounced, onQueryChange]);
  const data =
    current !== null && !options.some((o) => o.value === current.value)
      ? [current, ...options]
      : options;
  return (
    <Select
      {...rest}
      searchable
      data={data}
      value={value}
      onChange={(next, option) => {
        setPicked(next === null ? null : option);
        onChange(next);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={searching ? searchingMessage : nothingFoundMessage}
    />
  );
}

export type SearchMultiSelectProps = Omit<
  MultiSelectProps,
  'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'
> & {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  /** What the server found for the last query (the first page of it). */
  options: ComboboxItem[];
  /** Called with the typed text, trimmed and debounced; the caller asks the server with it. */
  onQueryChange: (query: string) => void;
  /** The options of values chosen before (e.g. a saved record's), so that their labels show. */
  selected?: ComboboxItem[];
  /** Shown instead of options while the server is asked, and when it finds nothing. */
  searchingMessage: string;
  nothingFoundMessage: string;
  searching: boolean;
  /** The input, so that a form can focus the field (the first invalid one after a submit). */
  ref?: Ref<HTMLInputElement>;
};

/**
 * {@link SearchSelect} for several values: the server searches what is typed, and every chosen value keeps
 * its label (and its pill) whatever the last search found.
 */
export function SearchMultiSelect({
  value,
  onChange,
  options,
  onQueryChange,
  selected,
  searchingMessage,
  nothingFoundMessage,
  searching,
  ...rest
}: SearchMultiSelectProps) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<ComboboxItem[]>([]);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  useEffect(() => onQueryChange(debounced), [debounced, onQueryChange]);
  const known = new Map([...(selected ?? []), ...picked, ...options].map((o) => [o.value, o]));
  const chosen = value
    .filter((v) => !options.some((o) => o.value === v))
    .map((v) => known.get(v) ?? { value: v, label: v });
  return (
    <MultiSelect
      {...rest}
      searchable
      data={[...chosen, ...options]}
      value={value}
      onChange={(next) => {
        setPicked([
          ...picked.filter((o) => next.includes(o.value)),
          ...options.filter((o) => next.includes(o.value) && !value.includes(o.value)),
        ]);
        onChange(next);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={searching ? searchingMessage : nothingFoundMessage}
    />
  );
}
