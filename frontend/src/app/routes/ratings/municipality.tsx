import { useParams } from 'react-router';

import { MunicipalityPage } from '@/features/ratings/components/municipality-page';

export function RatingMunicipalityRoute() {
  const { id = '' } = useParams();
  return <MunicipalityPage key={id} id={id} />;
}
