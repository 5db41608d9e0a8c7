import type { Role } from '@/lib/session';

export const ALL_ROLES: Role[] = [
  'ADMIN',
  'COORDINATOR',
  'EXPERT',
  'TRAINER',
  'LEARNER',
  'REPRESENTATIVE',
];
