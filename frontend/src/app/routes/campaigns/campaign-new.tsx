import { CampaignWizard } from '@/features/campaigns/components/campaign-wizard';

export function CampaignNewRoute() {
  return <CampaignWizard />;
}
