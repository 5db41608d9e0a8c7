import { OrganizationEvaluations } from '@/features/evaluations/components/organization-evaluations';

export function MyOrganizationRoute() {
  return <OrganizationEvaluations />;
}
