import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '@/lib/api-client';
import type { ApiQuery, ApiResponse, Complete } from '@/lib/api-types';

type AccountsQuery = ApiQuery<'/api/v1/accounts', 'get'>;
export type Reference = Complete<ApiResponse<'/api/v1/reference', 'get'>>;
export type Sector = NonNullable<AccountsQuery['sector']>;
export type OrganizationKind = NonNullable<AccountsQuery['kind']>;
export type Platform = NonNullable<AccountsQuery['platform']>;
export type RecordStatus = NonNullable<AccountsQuery['status']>;

export function getReference() {
  return unwrap(api.GET('/api/v1/reference'));
}

/** Sectors, organization kinds and platforms with names in the UI language (part of the key). */
export const referenceQueryOptions = (language: string) =>
  queryOptions({
    queryKey: ['reference', language],
    queryFn: getReference,
    staleTime: 60 * 60 * 1000,
  });

export function useReference() {
  const { i18n } = useTranslation();
  return useQuery(referenceQueryOptions(i18n.language));
}

type Named = Reference['sectors'][number];

function nameOf(list: readonly Named[] | undefined, code: string | null | undefined): string {
  if (!code) return '';
  return list?.find((item) => item.code === code)?.name ?? code;
}

/** Display names for reference codes; falls back to the code while the reference loads. */
export function useReferenceNames() {
  const { data } = useReference();
  return {
    sector: useCallback((code?: string | null) => nameOf(data?.sectors, code), [data]),
    kind: useCallback((code?: string | null) => nameOf(data?.organizationKinds, code), [data]),
    platform: useCallback((code?: string | null) => nameOf(data?.platforms, code), [data]),
  };
}
