import type { ApiQuery } from '@/lib/api-types';

export type RegisterQuery = ApiQuery<'/api/v1/certificates/register', 'get'>;
export type CertificatesQuery = ApiQuery<'/api/v1/certificates', 'get'>;

/** Query keys of the certificates feature. */
export const certificateKeys = {
  all: ['certificates'] as const,
  verification: (code: string) => ['certificates', 'verify', code] as const,
  register: (query: RegisterQuery) => ['certificates', 'register', query] as const,
  mine: () => ['certificates', 'mine'] as const,
  list: (query: CertificatesQuery) => ['certificates', 'list', query] as const,
};
