import { useParams } from 'react-router';

import { CriteriaSetView } from '@/features/methodology/components/criteria-set-view';

export function CriteriaSetRoute() {
  const { id = '' } = useParams();
  return <CriteriaSetView key={id} id={id} />;
}
