import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api, unwrap } from '@/lib/api-client';
import type { ApiResponse, Complete } from '@/lib/api-types';

export type Municipality = Complete<ApiResponse<'/api/v1/municipalities', 'get'>>[number];

export function getMunicipalities() {
  return unwrap(api.GET('/api/v1/municipalities'));
}

export const municipalitiesQueryOptions = (language: string) =>
  queryOptions({
    queryKey: ['municipalities', language],
    queryFn: getMunicipalities,
    staleTime: 60 * 60 * 1000,
  });

export function useMunicipalities() {
  const { i18n } = useTranslation();
  return useQuery(municipalitiesQueryOptions(i18n.language));
}
