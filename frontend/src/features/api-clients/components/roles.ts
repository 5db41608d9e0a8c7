import type { Role } from '@/lib/session';
import type { components } from '@/types/api.gen';

/** Roles a machine client may hold; the server refuses ADMIN so a leaked key cannot manage access. */
export const GRANTABLE_ROLES: Role[] = ['COORDINATOR', 'EXPERT', 'TRAINER'];

export type ApiScope = components['schemas']['ApiScope'];

/** Every scope a key may hold, in the order shown; monitoring:write, webhooks:manage, training:* and certificates:write only when chosen explicitly. */
export const API_SCOPES: ApiScope[] = [
  'registry:read',
  'registry:write',
  'results:read',
  'monitoring:write',
  'webhooks:manage',
  'training:read',
  'training:write',
  'certificates:write',
];

/** What a new key holds unless the administrator chooses otherwise: reading and registry sync. */
export const DEFAULT_SCOPES: ApiScope[] = ['registry:read', 'registry:write', 'results:read'];
