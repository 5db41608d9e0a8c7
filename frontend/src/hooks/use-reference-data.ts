import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse } from '@/lib/api-types';

type Named = ApiResponse<'/api/v1/reference', 'get'>['sectors'][number];

function nameOf(list: readonly Named[] | undefined, code: string | null | undefined): string {
  if (!code) return '';
  return list?.find((item) => item.code === code)?.name ?? code;
}

/**
 * Sectors, organization kinds and platforms (GET /api/v1/reference) with names in the UI language.
 * Shared by the screens outside the registry that show or filter by these codes; it uses the same
 * query key as the registry's own hook, so both read one cached answer.
 */
export function useReferenceData() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['reference', i18n.language],
    queryFn: () => unwrap(api.GET('/api/v1/reference')),
    staleTime: 60 * 60 * 1000,
  });
}

/** Display names for reference codes; a code stands in for its name while the reference loads. */
export function useReferenceNames() {
  const { data } = useReferenceData();
  return {
    sector: useCallback((code?: string | null) => nameOf(data?.sectors, code), [data]),
    kind: useCallback((code?: string | null) => nameOf(data?.organizationKinds, code), [data]),
    platform: useCallback((code?: string | null) => nameOf(data?.platforms, code), [data]),
  };
}

/** The municipalities of the region (GET /api/v1/municipalities), names in the UI language. */
export function useMunicipalityList() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['municipalities', i18n.language],
    queryFn: () => unwrap(api.GET('/api/v1/municipalities')),
    staleTime: 60 * 60 * 1000,
  });
}
