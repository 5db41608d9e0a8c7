import { useParams } from 'react-router';

import { AgreementReport } from '@/features/campaigns/components/agreement-report';

export function CampaignAgreementRoute() {
  const { id = '' } = useParams();
  return <AgreementReport key={id} id={id} />;
}
