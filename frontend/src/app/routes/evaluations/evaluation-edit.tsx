import { useParams } from 'react-router';

import { EvaluationEditor } from '@/features/evaluations/components/evaluation-editor';

export function EvaluationEditRoute() {
  const { id = '' } = useParams();
  return <EvaluationEditor key={id} id={id} />;
}
