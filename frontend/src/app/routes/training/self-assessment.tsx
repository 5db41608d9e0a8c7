import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { CriterionInput } from '@/features/evaluations/components/criterion-input';
import { SelfAssessmentFormScreen } from '@/features/training/components/self-assessment-form';
import { SelfAssessmentView } from '@/features/training/components/self-assessment-view';

/** The learner's self-assessment form: the training screen composed with the evaluation form's criterion input. */
export function MySelfAssessmentRoute() {
  const { t } = useTranslation('training');
  const { id = '' } = useParams();
  return (
    <>
      <PageHeader title={t('self.pageTitle')} />
      <SelfAssessmentFormScreen key={id} assignmentId={id} CriterionField={CriterionInput} />
    </>
  );
}

/** A submitted self-assessment beside the experts' evaluation (the learner and the cohort's trainers). */
export function SelfAssessmentRoute() {
  const { t } = useTranslation('training');
  const { id = '' } = useParams();
  return (
    <>
      <PageHeader title={t('self.viewTitle')} />
      <SelfAssessmentView key={id} id={id} />
    </>
  );
}
