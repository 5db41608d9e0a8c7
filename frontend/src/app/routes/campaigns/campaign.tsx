import { useParams } from 'react-router';

import { CampaignDashboard } from '@/features/campaigns/components/campaign-dashboard';

export function CampaignRoute() {
  const { id = '' } = useParams();
  return <CampaignDashboard key={id} id={id} />;
}
