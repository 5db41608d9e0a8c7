import { useParams } from 'react-router';

import { PublicEvaluation } from '@/features/evaluations/components/public-evaluation';

export function EvaluationRoute() {
  const { id = '' } = useParams();
  return <PublicEvaluation key={id} id={id} />;
}
