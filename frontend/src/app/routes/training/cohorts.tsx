import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { CohortForm } from '@/features/training/components/cohort-form';
import { CohortList } from '@/features/training/components/cohort-list';
import { hasAnyRole, useSession } from '@/lib/session';

export function TrainingCohortsRoute() {
  const { t } = useTranslation('training');
  const session = useSession();
  const canCreate = hasAnyRole(session, 'ADMIN', 'COORDINATOR');
  const [open, { toggle }] = useDisclosure(false);
  return (
    <>
      <PageHeader
        title={t('cohorts.pageTitle')}
        actions={
          canCreate && (
            <Button onClick={toggle} aria-expanded={open} variant={open ? 'light' : 'filled'}>
              {t('cohortForm.open')}
            </Button>
          )
        }
      />
      <Stack gap="xl">
        {canCreate && open && <CohortForm />}
        <CohortList />
      </Stack>
    </>
  );
}
