import { paths } from '@/config/paths';
import type { Role } from '@/lib/session';

/**
 * Where each role's own work is, in a fixed priority for people with several roles: the
 * administrator manages users, the coordinator runs campaigns, the expert works through the queue,
 * a representative looks after their organisation, a trainer runs their cohorts, a learner studies.
 * Anyone else starts in the registry.
 */
const LANDING: [Role, () => string][] = [
  ['ADMIN', paths.users.getHref],
  ['COORDINATOR', paths.campaigns.getHref],
  ['EXPERT', paths.myQueue.getHref],
  ['REPRESENTATIVE', paths.myOrganization.getHref],
  ['TRAINER', paths.trainingCohorts.getHref],
  ['LEARNER', paths.myTraining.getHref],
];

export function landingPath(roles: readonly Role[]): string {
  const match = LANDING.find(([role]) => roles.includes(role));
  return match ? match[1]() : paths.accounts.getHref();
}

/** Only same-site paths are followed; anything else (or nothing) means the role's own start screen. */
export function afterSignIn(redirectTo: string | null, roles: readonly Role[]): string {
  return redirectTo && redirectTo.startsWith('/') && !redirectTo.startsWith('//')
    ? redirectTo
    : landingPath(roles);
}
