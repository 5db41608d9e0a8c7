import { ExpertObjections } from '@/features/evaluations/components/expert-objections';

export function MyObjectionsRoute() {
  return <ExpertObjections />;
}
