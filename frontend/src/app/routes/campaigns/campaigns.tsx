import { CampaignsList } from '@/features/campaigns/components/campaigns-list';

export function CampaignsRoute() {
  return <CampaignsList />;
}
