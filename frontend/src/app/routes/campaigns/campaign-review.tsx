import { useParams } from 'react-router';

import { ReviewPage } from '@/features/campaigns/components/review-page';

export function CampaignReviewRoute() {
  const { id = '' } = useParams();
  return <ReviewPage key={id} id={id} />;
}
