import type { Role } from '@/lib/session';

/** Roles a machine client may hold; the server refuses ADMIN so a leaked key cannot manage access. */
export const GRANTABLE_ROLES: Role[] = ['COORDINATOR', 'EXPERT', 'TRAINER'];
