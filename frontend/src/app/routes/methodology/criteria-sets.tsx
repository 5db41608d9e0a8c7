import { CriteriaSetsList } from '@/features/methodology/components/criteria-sets-list';

export function CriteriaSetsRoute() {
  return <CriteriaSetsList />;
}
