import { useParams } from 'react-router';

import { OrganizationPage } from '@/features/ratings/components/organization-page';

export function RatingOrganizationRoute() {
  const { id = '' } = useParams();
  return <OrganizationPage key={id} id={id} />;
}
