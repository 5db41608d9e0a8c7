import { useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { useCohort } from '@/features/training/api/training';
import { CohortBoard } from '@/features/training/components/cohort-board';

export function TrainingCohortRoute() {
  const { id = '' } = useParams();
  const cohort = useCohort(id);
  return (
    <>
      <PageHeader title={cohort.data?.title ?? '…'} />
      <CohortBoard cohortId={id} />
    </>
  );
}
