import { Stack } from '@mantine/core';
import { useParams } from 'react-router';

import { AccountEvaluations } from '@/features/evaluations/components/account-evaluations';
import { AccountCard } from '@/features/registry/components/account-card';

/** The account's card from the registry, with its published evaluations below it. */
export function AccountRoute() {
  const { id = '' } = useParams();
  return (
    <Stack key={id}>
      <AccountCard id={id} />
      <AccountEvaluations accountId={id} />
    </Stack>
  );
}
