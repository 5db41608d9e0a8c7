import { useParams } from 'react-router';

import { CriteriaSetEditPage } from '@/features/methodology/components/criteria-set-edit-page';

export function CriteriaSetEditRoute() {
  const { id = '' } = useParams();
  return <CriteriaSetEditPage key={id} id={id} />;
}
