import { useParams } from 'react-router';

import { PreliminaryEvaluation } from '@/features/evaluations/components/preliminary-evaluation';

export function OrganizationEvaluationRoute() {
  const { id = '' } = useParams();
  return <PreliminaryEvaluation key={id} id={id} />;
}
