import { useParams } from 'react-router';

import { OrganizationCard } from '@/features/registry/components/organization-card';

export function OrganizationRoute() {
  const { id = '' } = useParams();
  return <OrganizationCard key={id} id={id} />;
}
