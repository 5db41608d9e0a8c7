import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { EffectPage } from '@/features/training/components/effect-page';

/** The public training-effect page; the campaign is in the address (?campaign=…), so it can be shared. */
export function TrainingEffectRoute() {
  const { t } = useTranslation('training');
  const [params, setParams] = useSearchParams();
  return (
    <>
      <PageHeader title={t('effect.pageTitle')} />
      <EffectPage
        campaignId={params.get('campaign')}
        onCampaign={(id) => setParams({ campaign: id }, { replace: true })}
      />
    </>
  );
}
