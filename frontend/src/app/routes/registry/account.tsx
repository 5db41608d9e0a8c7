import { useParams } from 'react-router';

import { AccountCard } from '@/features/registry/components/account-card';

export function AccountRoute() {
  const { id = '' } = useParams();
  return <AccountCard key={id} id={id} />;
}
